/** Audit events, newest first, times in the browser's local time. */
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { AuditEventView } from '../../../shared/schemas/audit';

export function AuditTable({ events }: { events: AuditEventView[] }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <div className="table-responsive">
      <Table size="sm" hover>
        <caption>{t('audit.caption', { count: events.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entityType')}</th>
            <th scope="col">{t('audit.entityId')}</th>
            <th scope="col">{t('audit.changedFields')}</th>
            <th scope="col">{t('audit.requestId')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <td>
                <time dateTime={event.at}>{time.format(new Date(event.at))}</time>
              </td>
              <td>{event.actorName ?? t('audit.system')}</td>
              <td>
                <code>{event.action}</code>
              </td>
              <td>{event.entityType}</td>
              <td className="text-break">{event.entityId ?? '—'}</td>
              <td>{event.changedFields.join(', ') || '—'}</td>
              <td className="text-break small">{event.requestId ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
