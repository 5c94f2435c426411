/**
 * How the report writes numbers, dates and words: Italian conventions for an
 * Italian report (1.234,5; 12,5%; 01/03/2026), nothing as "—", and counts 1–4
 * as "<5" when small-cell suppression is on. One `Formatter` per rendering.
 */
import { type IndicatorUnit, SUPPRESSED, suppress } from '../../../shared/indicators';
import type { Language } from '../../../shared/roles';
import { translate } from '../../http/i18n';

export const NOTHING = '—';

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

/** Fraction digits by unit: counts are whole, scores and ratios read to the hundredth. */
const DIGITS: Record<IndicatorUnit, number> = {
  count: 0,
  share: 1,
  minutes: 1,
  hours: 1,
  ratio: 2,
  per100: 1,
  score: 2,
};

export interface Formatter {
  lang: Language;
  /** The BCP 47 locale numbers are written in. */
  locale: string;
  /** Small-cell suppression is on. */
  suppress: boolean;
  t: (key: string, params?: Record<string, unknown>) => string;
  /** A count, suppressed when small (if suppression is on). */
  count: (value: number | null) => string;
  number: (value: number | null, digits?: number) => string;
  /** A share 0–1 as a percentage. */
  share: (value: number | null) => string;
  /** An indicator's value in its unit. */
  value: (value: number | null, unit: IndicatorUnit) => string;
  date: (localDate: string) => string;
  instant: (iso: string) => string;
  isSuppressed: (value: number | null) => boolean;
}

export function makeFormatter(lang: Language, suppressSmall: boolean): Formatter {
  const locale = LOCALES[lang];
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numberFormats.set(digits, format);
    }
    return format;
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const moment = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Rome',
  });

  const number = (value: number | null, digits = 2) =>
    value === null ? NOTHING : numberFormat(digits).format(value);
  const isSuppressed = (value: number | null) =>
    value !== null && suppress(value, suppressSmall) === SUPPRESSED;
  const count = (value: number | null) => (isSuppressed(value) ? SUPPRESSED : number(value, 0));
  const share = (value: number | null) => (value === null ? NOTHING : percent.format(value));

  return {
    lang,
    locale,
    suppress: suppressSmall,
    t: (key, params) => translate(lang, key, params),
    count,
    number,
    share,
    value: (value, unit) => {
      if (unit === 'count') return count(value);
      if (unit === 'share') return share(value);
      return number(value, DIGITS[unit]);
    },
    date: (localDate) => day.format(new Date(`${localDate}T00:00:00Z`)),
    instant: (iso) => moment.format(new Date(iso)),
    isSuppressed,
  };
}
