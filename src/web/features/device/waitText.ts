/**
 * An estimated wait range in words ("10–20 minutes", "less than 5 minutes"),
 * for kiosk and display. The count is the last number, which the noun
 * "minutes" agrees with (Arabic has six plural forms).
 */
import type { TFunction } from 'i18next';

export function waitText(
  t: TFunction,
  range: { minMinutes: number; maxMinutes: number } | null,
): string | null {
  if (!range) return null;
  const max = range.maxMinutes;
  if (range.minMinutes <= 0) return t('kiosk.waitUpTo', { max, count: max });
  return t('kiosk.waitRange', { min: range.minMinutes, max, count: max });
}
