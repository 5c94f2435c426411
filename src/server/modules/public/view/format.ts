/**
 * Dates and times on the public pages, in the reader's language and the
 * desk's time zone. Digits are always Latin (Arabic included) so that pages
 * and printed posters show the same numbers.
 */
import { DateTime, Info } from 'luxon';
import type { PublicLanguage } from '../../../../shared/public';

export const luxonLocale = (lang: PublicLanguage): string => (lang === 'ar' ? 'ar-u-nu-latn' : lang);

/** "lunedì 11 gennaio" from a local date (YYYY-MM-DD). */
export function formatDate(date: string, lang: PublicLanguage): string {
  return DateTime.fromISO(date)
    .setLocale(luxonLocale(lang))
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long' });
}

/** "09:00" from an instant, in the desk's zone. */
export function formatTime(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone }).toFormat('HH:mm');
}

/** "lunedì 11 gennaio" from an instant, in the desk's zone. */
export function formatInstantDate(instant: string, zone: string, lang: PublicLanguage): string {
  return formatDate(DateTime.fromISO(instant, { zone }).toISODate()!, lang);
}

/** The weekday's name (1 = Monday … 7 = Sunday). */
export function weekdayName(weekday: number, lang: PublicLanguage): string {
  return Info.weekdays('long', { locale: luxonLocale(lang) })[weekday - 1] ?? '';
}

/** "09:00" from a desk's stored time ("09:00" or "09:00:00"). */
export const clockTime = (time: string): string => time.slice(0, 5);
