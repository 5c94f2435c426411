/**
 * The desk's calendar, computed: weekly hours in the desk's time zone, minus
 * closures (Italian public holidays from date-holidays, the local patron day,
 * ad-hoc closures), plus what was recorded about concrete openings (early or
 * late times, extra openings, closed). "Open now", "next opening" and the
 * upcoming closures all come from here. Pure functions: no I/O, no clock.
 */
import { createRequire } from 'node:module';
import { DateTime } from 'luxon';
import type { ClosureDay, OpeningWindow } from '../../../shared/schemas/queue';

export interface CalendarDesk {
  timezone: string;
  hours: readonly { weekday: number; opensAt: string; closesAt: string }[];
  patronDay: { date: string; name: string } | null;
}

export interface StoredOpening {
  id: string;
  kind: 'scheduled' | 'extra';
  date: string;
  scheduledStart: string;
  scheduledEnd: string;
  actualStart: string | null;
  actualEnd: string | null;
  note: string | null;
  closedAt: string | null;
}

export interface StoredClosure {
  id: string;
  date: string;
  reason: string;
}

type HolidaysLib = new (
  country: string,
) => { getHolidays(year: number, lang?: string): { date: string; name: string; type: string }[] };
let holidaysLib: HolidaysLib | undefined;
const holidayCache = new Map<string, { date: string; name: string }[]>();

/** Italian public holidays of a year (the library is large: loaded on first use). */
export function italianHolidays(year: number, lang = 'it'): { date: string; name: string }[] {
  const key = `${year}:${lang}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  holidaysLib ??= createRequire(import.meta.url)('date-holidays') as HolidaysLib;
  const holidays = new holidaysLib('IT')
    .getHolidays(year, lang)
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }));
  holidayCache.set(key, holidays);
  return holidays;
}

function eachDate(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = DateTime.fromISO(from); d.toISODate()! <= to; d = d.plus({ days: 1 }))
    dates.push(d.toISODate()!);
  return dates;
}

/** Closed days between two local dates, one entry per date: ad-hoc closure, else holiday, else patron day. */
export function closuresBetween(
  desk: CalendarDesk,
  stored: readonly StoredClosure[],
  from: string,
  to: string,
  lang = 'it',
): ClosureDay[] {
  const byDate = new Map<string, ClosureDay>();
  const years = new Set(eachDate(from, to).map((d) => Number(d.slice(0, 4))));
  for (const year of years) {
    if (desk.patronDay) {
      const date = `${year}-${desk.patronDay.date}`;
      byDate.set(date, { date, kind: 'patron', reason: desk.patronDay.name, closureId: null });
    }
    for (const holiday of italianHolidays(year, lang)) {
      byDate.set(holiday.date, {
        date: holiday.date,
        kind: 'holiday',
        reason: holiday.name,
        closureId: null,
      });
    }
  }
  for (const closure of stored) {
    byDate.set(closure.date, {
      date: closure.date,
      kind: 'closure',
      reason: closure.reason,
      closureId: closure.id,
    });
  }
  return [...byDate.values()]
    .filter((c) => c.date >= from && c.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date));
}

function localInstant(date: string, time: string, zone: string): string {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toISO()!;
}

export function windowOf(row: StoredOpening): OpeningWindow {
  return {
    id: row.id,
    date: row.date,
    start: row.actualStart ?? row.scheduledStart,
    end: row.actualEnd ?? row.scheduledEnd,
    kind: row.kind,
    scheduledStart: row.scheduledStart,
    note: row.note,
    closedAt: row.closedAt,
  };
}

/** Scheduled windows of one local date, before anything recorded about them. */
export function scheduledWindows(desk: CalendarDesk, date: string): { start: string; end: string }[] {
  const weekday = DateTime.fromISO(date, { zone: desk.timezone }).weekday;
  return desk.hours
    .filter((h) => h.weekday === weekday)
    .map((h) => ({
      start: localInstant(date, h.opensAt, desk.timezone),
      end: localInstant(date, h.closesAt, desk.timezone),
    }));
}

/**
 * Openings between two local dates (inclusive), earliest first: the weekly
 * hours on days that are not closed, with what was recorded about them, and
 * the extra openings (an extra opening counts even on a closed day: someone
 * decided it).
 */
export function openingsBetween(
  desk: CalendarDesk,
  stored: readonly StoredOpening[],
  closures: readonly ClosureDay[],
  from: string,
  to: string,
): OpeningWindow[] {
  const closed = new Set(closures.map((c) => c.date));
  const recorded = new Map(stored.filter((o) => o.kind === 'scheduled').map((o) => [o.scheduledStart, o]));
  const windows: OpeningWindow[] = [];
  for (const date of eachDate(from, to)) {
    for (const slot of closed.has(date) ? [] : scheduledWindows(desk, date)) {
      const row = recorded.get(slot.start);
      windows.push(
        row
          ? windowOf(row)
          : {
              id: null,
              date,
              start: slot.start,
              end: slot.end,
              kind: 'scheduled',
              scheduledStart: slot.start,
              note: null,
              closedAt: null,
            },
      );
    }
  }
  for (const extra of stored.filter((o) => o.kind === 'extra' && o.date >= from && o.date <= to)) {
    windows.push(windowOf(extra));
  }
  return windows.sort((a, b) => a.start.localeCompare(b.start));
}

export interface CalendarStatus {
  isOpen: boolean;
  current: OpeningWindow | null;
  next: OpeningWindow | null;
  upcomingClosures: ClosureDay[];
}

/** Open now? Which opening is current, which is next, which closures are coming (next `days` days). */
export function statusAt(
  desk: CalendarDesk,
  stored: readonly StoredOpening[],
  storedClosures: readonly StoredClosure[],
  now: Date,
  days = 60,
  lang = 'it',
): CalendarStatus {
  const today = DateTime.fromJSDate(now, { zone: desk.timezone });
  const from = today.minus({ days: 1 }).toISODate()!;
  const to = today.plus({ days }).toISODate()!;
  const closures = closuresBetween(desk, storedClosures, from, to, lang);
  const windows = openingsBetween(desk, stored, closures, from, to);
  const instant = now.toISOString();
  const current = windows.find((w) => w.start <= instant && instant < w.end && w.closedAt === null) ?? null;
  const next = windows.find((w) => w.start > instant && w.closedAt === null) ?? null;
  return {
    isOpen: current !== null,
    current,
    next,
    upcomingClosures: closures.filter((c) => c.date >= today.toISODate()!),
  };
}

/** The window (scheduled or recorded) that contains `now`, or starts within `earlyMinutes` of it. */
export function windowAround(
  desk: CalendarDesk,
  stored: readonly StoredOpening[],
  storedClosures: readonly StoredClosure[],
  now: Date,
  earlyMinutes: number,
  lateMinutes: number,
): OpeningWindow | null {
  const local = DateTime.fromJSDate(now, { zone: desk.timezone });
  const [yesterday, today] = [local.minus({ days: 1 }).toISODate()!, local.toISODate()!];
  const closures = closuresBetween(desk, storedClosures, yesterday, today);
  const t = now.getTime();
  return (
    openingsBetween(desk, stored, closures, yesterday, today).find(
      (w) =>
        w.closedAt === null &&
        Date.parse(w.start) - earlyMinutes * 60_000 <= t &&
        t < Date.parse(w.end) + lateMinutes * 60_000,
    ) ?? null
  );
}
