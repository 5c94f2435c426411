import { describe, expect, it } from 'vitest';
import {
  type CalendarDesk,
  closuresBetween,
  openingsBetween,
  type StoredOpening,
  statusAt,
  windowAround,
} from './calendar';

const carmagnola: CalendarDesk = {
  timezone: 'Europe/Rome',
  hours: [
    { weekday: 1, opensAt: '09:00', closesAt: '12:00' },
    { weekday: 3, opensAt: '09:00', closesAt: '12:00' },
  ],
  patronDay: { date: '06-23', name: 'Santo patrono' },
};

const at = (iso: string) => new Date(iso);

describe('desk calendar', () => {
  it('is open during the weekly hours, in the desk’s time zone (winter and summer time)', () => {
    const winter = statusAt(carmagnola, [], [], at('2027-01-11T08:30:00Z')); // Monday 09:30 CET
    expect(winter.isOpen).toBe(true);
    expect(winter.current).toMatchObject({
      start: '2027-01-11T08:00:00.000Z',
      end: '2027-01-11T11:00:00.000Z',
    });
    const summer = statusAt(carmagnola, [], [], at('2027-07-05T07:30:00Z')); // Monday 09:30 CEST
    expect(summer.current).toMatchObject({
      start: '2027-07-05T07:00:00.000Z',
      end: '2027-07-05T10:00:00.000Z',
    });
    expect(statusAt(carmagnola, [], [], at('2027-01-11T11:00:00Z')).isOpen).toBe(false); // 12:00 sharp: closed
  });

  it('finds the next opening across the change to summer time', () => {
    // Wednesday 24 March 2027 after closing (CET); clocks go forward on Sunday 28 March, which is
    // Easter: Monday 29 is Pasquetta, so the next opening is Wednesday 31 at 09:00 CEST.
    const status = statusAt(carmagnola, [], [], at('2027-03-24T12:00:00Z'));
    expect(status.isOpen).toBe(false);
    expect(status.next).toMatchObject({ date: '2027-03-31', start: '2027-03-31T07:00:00.000Z' });
    expect(status.upcomingClosures[0]).toMatchObject({ date: '2027-03-28', kind: 'holiday' });
    expect(status.upcomingClosures[1]).toMatchObject({ date: '2027-03-29', reason: 'Lunedì dell’Angelo' });
  });

  it('finds the next opening across the change back to winter time', () => {
    // Wednesday 27 October 2027 after closing; clocks go back on Sunday 31 October; 1 November is a holiday.
    const status = statusAt(carmagnola, [], [], at('2027-10-27T12:00:00Z'));
    expect(status.next).toMatchObject({ date: '2027-11-03', start: '2027-11-03T08:00:00.000Z' });
    expect(status.upcomingClosures.map((c) => c.date)).toContain('2027-11-01');
  });

  it('keeps the right length for a window that spans the night of a time change', () => {
    const night: CalendarDesk = {
      ...carmagnola,
      hours: [{ weekday: 7, opensAt: '01:00', closesAt: '04:00' }],
      patronDay: null,
    };
    const [spring] = openingsBetween(night, [], [], '2027-03-28', '2027-03-28');
    expect((Date.parse(spring!.end) - Date.parse(spring!.start)) / 3_600_000).toBe(2);
    const [autumn] = openingsBetween(night, [], [], '2027-10-31', '2027-10-31');
    expect((Date.parse(autumn!.end) - Date.parse(autumn!.start)) / 3_600_000).toBe(4);
  });

  it('skips public holidays and the patron day, across the year end', () => {
    // Wednesday 29 December 2027 after closing: Monday 3 January 2028 opens; Wednesday 5 January opens; 6 January is Thursday.
    const endOfYear = statusAt(carmagnola, [], [], at('2027-12-29T12:00:00Z'));
    expect(endOfYear.next).toMatchObject({ date: '2028-01-03' });
    // Monday 4 January 2027 after closing: Wednesday 6 January (Epiphany) is closed, next is Monday 11.
    const epiphany = statusAt(carmagnola, [], [], at('2027-01-04T12:00:00Z'));
    expect(epiphany.next).toMatchObject({ date: '2027-01-11' });
    expect(epiphany.upcomingClosures[0]).toMatchObject({
      date: '2027-01-06',
      kind: 'holiday',
      reason: 'Epifania',
    });
    const june = closuresBetween(carmagnola, [], '2027-06-01', '2027-06-30');
    expect(june).toEqual([
      { date: '2027-06-02', kind: 'holiday', reason: 'Festa della Repubblica', closureId: null },
      { date: '2027-06-23', kind: 'patron', reason: 'Santo patrono', closureId: null },
    ]);
    expect(openingsBetween(carmagnola, [], june, '2027-06-21', '2027-06-27').map((w) => w.date)).toEqual([
      '2027-06-21',
    ]);
  });

  it('honours ad-hoc closures with their public reason', () => {
    const stored = [
      {
        id: '01a2176e-0000-7000-8000-000000000001',
        date: '2027-01-13',
        reason: 'Disinfestazione dei locali',
      },
    ];
    const status = statusAt(carmagnola, [], stored, at('2027-01-11T12:00:00Z'));
    expect(status.next).toMatchObject({ date: '2027-01-18' });
    expect(status.upcomingClosures[0]).toMatchObject({
      date: '2027-01-13',
      kind: 'closure',
      reason: 'Disinfestazione dei locali',
    });
  });

  it('uses recorded times (opened early, closed late), extra openings, and closed openings', () => {
    const stored: StoredOpening[] = [
      {
        id: '01a2176e-0000-7000-8000-000000000002',
        kind: 'scheduled',
        date: '2027-01-11',
        scheduledStart: '2027-01-11T08:00:00.000Z',
        scheduledEnd: '2027-01-11T11:00:00.000Z',
        actualStart: '2027-01-11T07:45:00.000Z',
        actualEnd: '2027-01-11T11:30:00.000Z',
        note: 'Molte persone in attesa',
        closedAt: null,
      },
      {
        id: '01a2176e-0000-7000-8000-000000000003',
        kind: 'extra',
        date: '2027-01-15',
        scheduledStart: '2027-01-15T13:00:00.000Z',
        scheduledEnd: '2027-01-15T15:00:00.000Z',
        actualStart: null,
        actualEnd: null,
        note: 'Bando affitti',
        closedAt: null,
      },
    ];
    expect(statusAt(carmagnola, stored, [], at('2027-01-11T07:50:00Z')).isOpen).toBe(true);
    expect(statusAt(carmagnola, stored, [], at('2027-01-11T11:15:00Z')).isOpen).toBe(true);
    const friday = statusAt(carmagnola, stored, [], at('2027-01-14T12:00:00Z'));
    expect(friday.next).toMatchObject({ kind: 'extra', date: '2027-01-15', note: 'Bando affitti' });
    const closedEarly = [
      { ...stored[0]!, actualStart: null, actualEnd: null, closedAt: '2027-01-11T10:00:00.000Z' },
    ];
    expect(statusAt(carmagnola, closedEarly, [], at('2027-01-11T10:30:00Z')).isOpen).toBe(false);
  });

  it('lets operators check in a little before opening and close a little after', () => {
    const early = windowAround(carmagnola, [], [], at('2027-01-11T07:40:00Z'), 30, 30);
    expect(early).toMatchObject({ date: '2027-01-11' });
    expect(windowAround(carmagnola, [], [], at('2027-01-11T07:20:00Z'), 30, 30)).toBeNull();
    expect(windowAround(carmagnola, [], [], at('2027-01-11T11:20:00Z'), 30, 30)).toMatchObject({
      date: '2027-01-11',
    });
  });
});
