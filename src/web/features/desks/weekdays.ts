/** ISO weekdays (1 = Monday) named in the interface language, and a desk's hours read aloud-friendly. */
import type { DeskView } from '../../../shared/schemas/accounts';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** 2024-01-01 was a Monday: day n of that week is ISO weekday n. */
export function weekdayName(weekday: number, language: string): string {
  const date = new Date(Date.UTC(2024, 0, weekday, 12));
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(date);
}

export interface DayHours {
  weekday: number;
  windows: string[];
}

/** Opening windows grouped by weekday, Monday first, each day's windows in time order. */
export function hoursByDay(hours: DeskView['hours']): DayHours[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    windows: hours
      .filter((window) => window.weekday === weekday)
      .sort((a, b) => a.opensAt.localeCompare(b.opensAt))
      .map((window) => `${window.opensAt}–${window.closesAt}`),
  })).filter((day) => day.windows.length > 0);
}
