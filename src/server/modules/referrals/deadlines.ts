/**
 * Acknowledgement deadlines in working days: Monday to Friday, minus the
 * desk's closed days (Italian holidays, the patron day, ad-hoc closures, all
 * from the desk calendar). Pure: no I/O, no clock.
 */
import { DateTime } from 'luxon';

/** The date `days` working days after `from` (a local date), skipping weekends and `closed` dates. */
export function addWorkingDays(from: string, days: number, closed: ReadonlySet<string>): string {
  let date = DateTime.fromISO(from);
  let left = days;
  while (left > 0) {
    date = date.plus({ days: 1 });
    if (date.weekday <= 5 && !closed.has(date.toISODate()!)) left -= 1;
  }
  return date.toISODate()!;
}

/** The instant a referral due by `dueBy` becomes overdue: the start of the following day at the desk. */
export function overdueFrom(dueBy: string, zone: string): string {
  return DateTime.fromISO(dueBy, { zone }).plus({ days: 1 }).startOf('day').toUTC().toISO()!;
}

/** How far ahead to read the calendar so `days` working days surely fit (weekends and long closures). */
export const calendarSpan = (days: number) => days * 3 + 30;
