/**
 * How the people, contacts and care screens write names, dates and moments.
 * Instants show in the browser's time zone, except a contact's times, which
 * show in its desk's zone (see useDeskTimeZone).
 */
import type { PersonSummary, PersonView } from '../../../shared/schemas/people';

/** Day, month and the full year: a two-digit year is ambiguous for birth dates. */
const DAY = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** "13/01/2027" for a calendar date (YYYY-MM-DD), read as that day wherever the browser is. */
export function formatDate(localDate: string | null, language: string): string {
  if (!localDate) return '—';
  return new Intl.DateTimeFormat(language, { ...DAY, timeZone: 'UTC' }).format(
    new Date(`${localDate}T12:00:00Z`),
  );
}

/** "13/01/2027, 09:40" for an instant. */
export function formatMoment(iso: string | null, language: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language, { ...DAY, hour: '2-digit', minute: '2-digit' }).format(
    new Date(iso),
  );
}

/** "09:40" for an instant, in a desk's time zone when known (the browser's otherwise). */
export function formatClock(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

/** "Rossi Maria", as registers list people; empty once identifying data was erased. */
export function personName(person: Pick<PersonSummary | PersonView, 'givenName' | 'familyName'>): string {
  return `${person.familyName} ${person.givenName}`.trim();
}
