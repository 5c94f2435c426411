/** The dashboard's pure parts: periods, the address, values by unit, changes and the chart sentences. */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n';
import type { IndicatorTable, Pilot } from '../../../shared/schemas/indicators';
import { drillDownFromParams, drillDownPath, isDrillable } from './drill';
import {
  addMonths,
  filtersFromParams,
  paramsOf,
  pilotOf,
  pilotPeriod,
  quickPeriod,
  toQuery,
} from './filters';
import { formatChange, formatValue } from './format';
import { tableSummary } from './summary';

let t: TFunction;
beforeAll(async () => {
  t = await i18next.createInstance().init({
    lng: 'it',
    resources: { it: { translation: CATALOGUES.it } },
    interpolation: { escapeValue: false },
  });
});

const pilot = { deskId: 'd1', startDate: '2026-09-01', endDate: '2027-02-28' } as Pilot;

describe('periods', () => {
  it('move by months, the day clamped to the month', () => {
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2027-01-11', -6)).toBe('2026-07-11');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('quick periods end today, both ends included', () => {
    expect(quickPeriod('month', '2027-01-11', null)).toEqual({ from: '2026-12-12', to: '2027-01-11' });
    expect(quickPeriod('sixMonths', '2027-01-11', null)).toEqual({ from: '2026-07-12', to: '2027-01-11' });
    expect(quickPeriod('year', '2027-01-11', null)).toEqual({ from: '2026-01-12', to: '2027-01-11' });
    expect(quickPeriod('pilot', '2027-01-11', null)).toBeNull();
  });

  it('a running pilot reads up to today; a finished one whole', () => {
    expect(pilotPeriod(pilot, '2027-01-11')).toEqual({ from: '2026-09-01', to: '2027-01-11' });
    expect(pilotPeriod(pilot, '2027-06-01')).toEqual({ from: '2026-09-01', to: '2027-02-28' });
  });

  it("the pilot is the chosen desk's, or my only desk's", () => {
    expect(pilotOf([pilot], '', ['d1'])).toBe(pilot);
    expect(pilotOf([pilot], '', ['d1', 'd2'])).toBeNull();
    expect(pilotOf([pilot], 'd2', ['d1', 'd2'])).toBeNull();
  });
});

describe('the address', () => {
  it('round-trips the filters, leaving empty ones out of the query', () => {
    const params = new URLSearchParams({
      from: '2026-12-01',
      to: '2026-12-31',
      areaCode: 'home',
      compare: 'false',
    });
    const filters = filtersFromParams(params, { from: 'x', to: 'y' });
    expect(filters).toMatchObject({ deskId: '', areaCode: 'home', compare: false });
    expect(paramsOf(filters)).toEqual(Object.fromEntries(params));
    expect(toQuery(filters)).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
      areaCode: 'home',
      compare: false,
    });
  });

  it('falls back to the default period and compares by default', () => {
    expect(filtersFromParams(new URLSearchParams(), { from: 'a', to: 'b' })).toMatchObject({
      from: 'a',
      to: 'b',
      compare: true,
    });
  });

  it('leads to the contacts only from tables that count them', () => {
    expect(isDrillable('by_area')).toBe(true);
    expect(isDrillable('wait_distribution')).toBe(false);
    const filters = filtersFromParams(new URLSearchParams({ from: '2026-12-01', to: '2026-12-31' }), {
      from: '',
      to: '',
    });
    const path = drillDownPath(filters, 'by_area', 'home', 'Casa');
    const target = drillDownFromParams(new URL(path, 'http://x').searchParams, { from: '', to: '' });
    expect(target).toEqual({ filters, table: 'by_area', key: 'home', label: 'Casa' });
  });
});

describe('values', () => {
  it('read by unit', () => {
    expect(formatValue(12345, 'count', t, 'it')).toBe('12.345');
    expect(formatValue(0.795, 'share', t, 'it')).toBe('79,5%');
    expect(formatValue(80, 'minutes', t, 'it')).toBe('1 h 20 min');
    expect(formatValue(4.25, 'score', t, 'it')).toBe('4,3 su 5');
    expect(formatValue(null, 'count', t, 'it')).toBe('n.d.');
  });

  it('change relatively, shares in points, from zero absolutely', () => {
    expect(formatChange(110, 100, 'count', t, 'it')).toBe('+10%');
    expect(formatChange(0.5, 0.6, 'share', t, 'it')).toBe('-10 punti percentuali');
    expect(formatChange(5, 0, 'count', t, 'it')).toBe('+5');
    expect(formatChange(0, 0, 'count', t, 'it')).toBe('invariato');
    expect(formatChange(5, null, 'count', t, 'it')).toBeNull();
  });
});

describe('chart sentences', () => {
  const row = (key: string, label: string, value: number, previous: number | null = null) => ({
    key,
    label,
    value,
    share: value / 100,
    previous,
    rate: null,
  });

  it('name the two most frequent items with their shares', () => {
    const table: IndicatorTable = {
      id: 'by_area',
      total: 100,
      rows: [row('work', 'Lavoro', 21, 10), row('home', 'Casa', 34, 20), row('other', 'Altro', 45, 5)],
    };
    expect(tableSummary(table, t, 'it')).toBe(
      'La voce più frequente è Altro (45%), seguita da Casa (34%), su 100 in totale. Nel periodo precedente: 35.',
    );
  });

  it('name the peak of a series over time, and say when there is nothing', () => {
    const table: IndicatorTable = {
      id: 'by_month',
      total: 30,
      rows: [row('2026-11', 'nov', 10), row('2026-12', 'dic', 20)],
    };
    expect(tableSummary(table, t, 'it')).toBe('Il valore più alto è dic (20), su 30 in totale.');
    expect(tableSummary({ id: 'by_area', total: 0, rows: [] }, t, 'it')).toBe('Nessun dato nel periodo.');
  });
});
