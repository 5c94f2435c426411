/** The contacts behind a figure: date, desk, channel, residence and age band, requests (area, category, outcome). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DrillDownList } from '../../../shared/schemas/indicators';
import { DataTable } from '../../components/DataTable';
import { JointBadge } from '../contacts/JointBadge';
import { formatDate } from '../people/format';

type Row = DrillDownList['rows'][number];

export function DrillDownTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <p role="status">{t('dashboard.drill.empty')}</p>;
  const channel = (code: string) => t(`contacts.channels.${code}`, { defaultValue: code });
  return (
    <DataTable
      caption={t('dashboard.drill.caption', { caption, count: rows.length })}
      columns={[
        t('dashboard.drill.date'),
        t('dashboard.drill.desk'),
        t('dashboard.drill.channel'),
        t('dashboard.drill.who'),
        t('dashboard.drill.requests'),
        t('common.actions'),
      ]}
    >
      {rows.map((row) => {
        const date = formatDate(row.date, i18n.language);
        return (
          <tr key={row.contactId}>
            <th scope="row">{date}</th>
            <td>{row.deskName}</td>
            <td>{channel(row.channel)}</td>
            <td>
              {[row.anonymous ? t('contacts.anonymous') : null, row.municipalityName, row.ageBand]
                .filter(Boolean)
                .join(', ')}
            </td>
            <td>
              <ul className="list-unstyled mb-0">
                {row.requests.map((request, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: requests have no id here and never reorder
                  <li key={index}>
                    {request.area} / {request.category} → {request.outcome}
                  </li>
                ))}
              </ul>
              {row.isJoint && <JointBadge />}
            </td>
            <td>
              <Link className="btn btn-outline-primary btn-xs" to={`/contatti/${row.contactId}`}>
                {t('dashboard.drill.open')}
                <span className="visually-hidden">
                  {' '}
                  {t('dashboard.drill.openOf', { date, desk: row.deskName })}
                </span>
              </Link>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
