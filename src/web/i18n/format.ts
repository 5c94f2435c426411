/**
 * Dates and times as people read them: in the interface language and in the
 * desk's own time zone (a desk in Rome shows Rome time, wherever the browser
 * thinks it is).
 */

export function formatTime(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

/** "lunedì 13 gennaio", the day of an instant in the desk's time zone. */
export function formatDay(iso: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).format(new Date(iso));
}

/** "lunedì 13 gennaio 2027" — for lists that span a year end. */
export function formatLongDate(localDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${localDate}T12:00:00Z`));
}

/** "09:00–12:00" */
export function formatWindow(window: { start: string; end: string }, language: string, timeZone: string) {
  return `${formatTime(window.start, language, timeZone)}–${formatTime(window.end, language, timeZone)}`;
}

/** "1 h 20 min" / "45 min", for a duration in minutes. */
export function formatDuration(minutes: number, language: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (hours === 0) return unit(rest, 'minute');
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function localDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** A YYYY-MM-DD date moved by whole days. */
export function addDays(localDay: string, days: number): string {
  const date = new Date(`${localDay}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "09:00": an instant's wall-clock time in a time zone, 24-hour, as time inputs want it. */
export function wallClock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}
