/**
 * The sentence that says in words what a chart shows ("L'area più frequente
 * è Casa (34%), seguita da Lavoro (21%)"), built from the table's own data so
 * a reader without the picture gets the point.
 */
import type { TFunction } from 'i18next';
import type { IndicatorTable } from '../../../shared/schemas/indicators';
import { formatCount, formatShare } from './format';

/** Tables over time: the peak matters, not the "most frequent". */
export const TIME_SERIES_TABLES: readonly string[] = ['by_day', 'by_week', 'by_month'];

/** The total of the previous period, when the table carries it. */
export function previousTotal(table: IndicatorTable): number | null {
  if (!table.rows.some((row) => row.previous !== null)) return null;
  return table.rows.reduce((sum, row) => sum + (row.previous ?? 0), 0);
}

export function tableSummary(table: IndicatorTable, t: TFunction, language: string): string {
  if (table.total === 0 || table.rows.length === 0) return t('dashboard.summary.empty');
  const [first, second] = [...table.rows].sort((a, b) => b.value - a.value);
  if (!first) return t('dashboard.summary.empty');
  const total = formatCount(table.total, language);
  const share = (value: number | null) => (value === null ? '—' : formatShare(value, language));
  let sentence: string;
  if (TIME_SERIES_TABLES.includes(table.id)) {
    sentence = t('dashboard.summary.peak', {
      label: first.label,
      value: formatCount(first.value, language),
      total,
    });
  } else if (!second || second.value === 0) {
    sentence = t('dashboard.summary.single', { first: first.label, firstShare: share(first.share), total });
  } else {
    sentence = t('dashboard.summary.top', {
      first: first.label,
      firstShare: share(first.share),
      second: second.label,
      secondShare: share(second.share),
      total,
    });
  }
  const previous = previousTotal(table);
  if (previous === null) return sentence;
  return `${sentence} ${t('dashboard.summary.previous', { total: formatCount(previous, language) })}`;
}
