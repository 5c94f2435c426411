/** Audit events, newest first, times in the browser's local time. */
import { useTranslation } from 'react-i18next';
import type { AuditEventView } from '../../../shared/schemas/audit';
import { DataTable } from '../../components/DataTable';

export function AuditTable({ events }: { events: AuditEventView[] }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <DataTable
      size="sm"
      caption={t('audit.caption', { count: events.length })}
      columns={[
        t('audit.time'),
        t('audit.actor'),
        t('audit.action'),
        t('audit.entityType'),
        t('audit.entityId'),
        t('audit.changedFields'),
        t('audit.requestId'),
      ]}
    >
      {events.map((event) => (
        <tr key={event.seq}>
          <td>
            <time dateTime={event.at}>{time.format(new Date(event.at))}</time>
          </td>
          <td>{event.actorName ?? t('audit.system')}</td>
          <td>
            {t(`auditActions.${event.action}`, { defaultValue: event.action })}
            <br />
            <code className="small">{event.action}</code>
          </td>
          <td>{t(`auditEntities.${event.entityType}`, { defaultValue: event.entityType })}</td>
          <td className="text-break">{event.entityId ?? '—'}</td>
          <td>{event.changedFields.join(', ') || '—'}</td>
          <td className="text-break small">{event.requestId ?? '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
