/**
 * One search box, four ways to find a person: what was typed is read as a
 * codice fiscale (16 letters and digits), a birth date (dd/mm/yyyy or
 * yyyy-mm-dd), a phone number (mostly digits) or a name; a name and a date
 * typed together ("Rossi 12/03/1950") search on both. Pure, no I/O.
 */
import type { PeopleSearch } from '../../../../shared/schemas/people';

/** The codice fiscale's shape, digits possibly replaced by letters (omocodia). */
const CODICE_FISCALE =
  /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/i;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const PHONE_CHARS = /^\+?[0-9 ./-]+$/;

/** yyyy-mm-dd for a date as typed, or null when it is not a real date. */
export function parseTypedDate(text: string): string | null {
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = YEAR_FIRST.exec(text);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return PHONE_CHARS.test(text) && digits >= 5 && digits / text.replace(/\s/g, '').length >= 0.7;
}

/** The search for what was typed, or null when there is not enough to search on. */
export function searchCriteria(typed: string): PeopleSearch | null {
  const text = typed.trim().replace(/\s+/g, ' ');
  if (text.length < 2) return null;
  const compact = text.replace(/ /g, '');
  if (CODICE_FISCALE.test(compact) || (/^[A-Za-z0-9]{16}$/.test(text) && /\d/.test(text)))
    return { codiceFiscale: compact.toUpperCase(), limit: 10 };
  if (isPhone(text) && !parseTypedDate(text)) return { phone: text, limit: 10 };
  const words = text.split(' ');
  const birthDate = words.map(parseTypedDate).find((date) => date !== null) ?? null;
  const name = words
    .filter((word) => parseTypedDate(word) === null)
    .join(' ')
    .trim();
  if (!birthDate && name.length < 2) return null;
  return { ...(name.length >= 2 ? { name } : {}), ...(birthDate ? { birthDate } : {}), limit: 10 };
}
