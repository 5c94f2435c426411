/**
 * The current time by the server's clock, refreshed every `intervalMs`: for
 * waiting times and countdowns that tick on screen. A tablet or TV whose own
 * clock is off still counts right: every reply and pushed state carries the
 * server's time, and the difference is kept here.
 */
import { useEffect, useState } from 'react';

let offsetMs = 0;

/** Note the server's time (an ISO instant) as just received. */
export function syncServerClock(serverTime: string | null | undefined): void {
  const parsed = serverTime ? Date.parse(serverTime) : Number.NaN;
  if (!Number.isNaN(parsed)) offsetMs = parsed - Date.now();
}

export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}

export function useNow(intervalMs = 15_000): Date {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Whole minutes from an instant to now, never negative (clocks disagree by a few seconds). */
export function minutesSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 60_000));
}
