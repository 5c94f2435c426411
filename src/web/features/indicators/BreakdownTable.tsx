/**
 * The numbers behind a chart, as a table screen readers can walk: one row per
 * item with its count, share, previous period and (by municipality) rate per
 * 1,000 residents; a link to the underlying contacts where the table counts them.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorRow, IndicatorTable } from '../../../shared/schemas/indicators';
import { DataTable } from '../../components/DataTable';
import { formatCount, formatShare } from './format';

export interface BreakdownTableProps {
  table: IndicatorTable;
  hasPrevious: boolean;
  /** The drill-down address of a row; absent when the table does not lead to contacts. */
  drillPath?: (row: IndicatorRow) => string;
}

export function BreakdownTable({ table, hasPrevious, drillPath }: BreakdownTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const hasRate = table.rows.some((row) => row.rate !== null);
  const columns = [
    t('dashboard.table.item'),
    { label: t('dashboard.table.value'), className: 'text-end' },
    { label: t('dashboard.table.share'), className: 'text-end' },
    ...(hasPrevious ? [{ label: t('dashboard.table.previous'), className: 'text-end' }] : []),
    ...(hasRate ? [{ label: t('dashboard.table.rate'), className: 'text-end' }] : []),
    ...(drillPath ? [t('dashboard.table.list')] : []),
  ];
  return (
    <DataTable caption={t(`indicatorTables.${table.id}`)} columns={columns} size="sm">
      {table.rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.label}</th>
          <td className="text-end">{formatCount(row.value, language)}</td>
          <td className="text-end">{row.share === null ? '—' : formatShare(row.share, language)}</td>
          {hasPrevious && (
            <td className="text-end">{row.previous === null ? '—' : formatCount(row.previous, language)}</td>
          )}
          {hasRate && (
            <td className="text-end">
              {row.rate === null
                ? '—'
                : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(row.rate)}
            </td>
          )}
          {drillPath && (
            <td>
              {row.value > 0 && (
                <Link to={drillPath(row)}>
                  {t('dashboard.table.open')}
                  <span className="visually-hidden">
                    {' '}
                    {t('dashboard.table.openOf', { label: row.label })}
                  </span>
                </Link>
              )}
            </td>
          )}
        </tr>
      ))}
      <tr className="fw-semibold">
        <th scope="row">{t('dashboard.table.total')}</th>
        <td className="text-end">{formatCount(table.total, language)}</td>
        <td colSpan={columns.length - 2} />
      </tr>
    </DataTable>
  );
}
