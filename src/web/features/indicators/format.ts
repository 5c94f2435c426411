/**
 * How an indicator's value reads, by its unit: counts with thousands
 * separators, shares as percentages, minutes and hours, ratios, scores; and
 * the change from the previous period (shares in percentage points).
 */
import type { TFunction } from 'i18next';
import type { IndicatorUnit } from '../../../shared/indicators';
import { formatDuration } from '../../i18n/format';

const number = (language: string, digits: number) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: digits });

export function formatCount(value: number, language: string): string {
  return number(language, 0).format(value);
}

export function formatShare(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A value in its unit; null reads as "not available". */
export function formatValue(
  value: number | null,
  unit: IndicatorUnit,
  t: TFunction,
  language: string,
): string {
  if (value === null) return t('dashboard.notAvailable');
  switch (unit) {
    case 'count':
      return formatCount(value, language);
    case 'share':
      return formatShare(value, language);
    case 'minutes':
      return formatDuration(Math.round(value), language);
    case 'hours':
      return t('dashboard.units.hours', { value: number(language, 1).format(value) });
    case 'ratio':
      return number(language, 2).format(value);
    case 'per100':
      return number(language, 1).format(value);
    case 'score':
      return t('dashboard.units.score', { value: number(language, 1).format(value) });
  }
}

/** "+12,5%", "−3,2 punti percentuali", "+4" (when the previous value was 0); null when there is nothing to compare. */
export function formatChange(
  value: number | null,
  previous: number | null,
  unit: IndicatorUnit,
  t: TFunction,
  language: string,
): string | null {
  if (value === null || previous === null) return null;
  if (value === previous) return t('dashboard.change.none');
  const signed = (n: number, digits: number, options: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(language, {
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
      ...options,
    }).format(n);
  if (unit === 'share') return t('dashboard.change.points', { value: signed((value - previous) * 100, 1) });
  if (previous === 0) return t('dashboard.change.absolute', { value: signed(value - previous, 2) });
  return t('dashboard.change.relative', {
    value: signed((value - previous) / previous, 1, { style: 'percent' }),
  });
}
