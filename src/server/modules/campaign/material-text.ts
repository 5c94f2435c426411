/**
 * The words of a campaign material in one language, from the desk's current
 * configuration and the public catalogue (material.*, hours.*, site.*).
 * Weekday and month names come from luxon in the reader's language; times and
 * dates keep Latin digits, as they are printed in Italy. Pure: no I/O.
 */
import { DateTime } from 'luxon';
import { publicT } from '../../../shared/i18n/public';
import { isRightToLeft, type PublicLanguage } from '../../../shared/public';
import type { ClosureDay } from '../../../shared/schemas/queue';
import { isolateLtr } from './rtl';

/** What the materials print about a desk: its configuration as it is now. */
export interface MaterialDesk {
  id: string;
  name: string;
  address: string;
  hours: readonly { weekday: number; opensAt: string; closesAt: string }[];
  /** Closed days in the coming weeks on which the desk would otherwise open. */
  closures: readonly ClosureDay[];
  organisations: readonly string[];
  phone: string | null;
  email: string | null;
}

export interface MaterialTexts {
  lang: PublicLanguage;
  isRtl: boolean;
  headline: string;
  subtitle: string;
  free: string;
  noBooking: string;
  together: string;
  whenHeading: string;
  /** One line per weekly window, Monday first; the "hours on the website" line when there are none. */
  hours: string[];
  closuresHeading: string;
  closures: string[];
  whereHeading: string;
  address: string;
  contactsHeading: string;
  contacts: string[];
  bring: string;
  scan: string;
  runBy: string;
}

const capitalise = (text: string, lang: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** luxon in the language, with Latin digits (Arabic locales default to Arabic-Indic ones). */
const local = (date: DateTime, lang: PublicLanguage) =>
  date.reconfigure({ locale: lang, numberingSystem: 'latn' });

export function weekdayName(weekday: number, lang: PublicLanguage): string {
  const monday = DateTime.fromISO('2024-01-01'); // a Monday
  return capitalise(local(monday.plus({ days: weekday - 1 }), lang).toFormat('cccc'), lang);
}

/** "A, B and C" in the language's own way (Arabic joins with "،" and "و"), as the public pages do. */
const listOf = (names: readonly string[], lang: PublicLanguage): string =>
  new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' }).format(names);

const CLOSURE_KINDS: Record<ClosureDay['kind'], string> = {
  holiday: 'hours.closureHoliday',
  patron: 'hours.closurePatron',
  closure: 'hours.closureOther',
};

function closureLine(closure: ClosureDay, lang: PublicLanguage): string {
  const t = publicT(lang);
  const date = capitalise(local(DateTime.fromISO(closure.date), lang).toFormat('cccc d LLLL'), lang);
  // Holiday names and the reasons staff write are Italian: other languages read what kind of closure it is.
  const reason = lang === 'it' ? closure.reason : t(CLOSURE_KINDS[closure.kind]);
  return `${date} – ${reason}`;
}

export function materialTexts(desk: MaterialDesk, lang: PublicLanguage): MaterialTexts {
  const t = publicT(lang);
  const isRtl = isRightToLeft(lang);
  // In a right-to-left sentence, Italian names and numbers keep their own order only when isolated.
  const data = (text: string) => (isRtl ? isolateLtr(text) : text);
  const organisations = listOf(desk.organisations.map(data), lang);
  const hours = [...desk.hours]
    .sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt))
    .map((h) =>
      t('hours.weekly', { weekday: weekdayName(h.weekday, lang), from: h.opensAt, to: h.closesAt }),
    );
  const contacts = [
    ...(desk.phone ? [`${t('site.phone')}: ${data(desk.phone)}`] : []),
    ...(desk.email ? [`${t('site.email')}: ${data(desk.email)}`] : []),
  ];
  return {
    lang,
    isRtl,
    headline: t('material.headline'),
    subtitle: t('material.subtitle'),
    free: t('material.free'),
    noBooking: t('material.noBooking'),
    together: t('material.together', { organisations }),
    whenHeading: t('material.whenHeading'),
    hours: hours.length > 0 ? hours : [t('material.noHours')],
    closuresHeading: t('material.closuresHeading'),
    closures:
      desk.closures.length > 0 ? desk.closures.map((c) => closureLine(c, lang)) : [t('hours.noClosures')],
    whereHeading: t('material.whereHeading'),
    address: desk.address,
    contactsHeading: t('material.contactsHeading'),
    contacts,
    bring: t('material.bring'),
    scan: t('material.scan'),
    runBy: t('site.runBy', { organisations }),
  };
}
