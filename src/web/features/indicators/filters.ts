/**
 * The dashboard's filters as they live in the address (shareable, the back
 * button works), the query the server reads, and the quick periods. Pure
 * functions: the page and the tests read them alike.
 */
import type { IndicatorQuery, Pilot } from '../../../shared/schemas/indicators';
import { addDays } from '../../i18n/format';

export interface DashboardFilters {
  from: string;
  to: string;
  /** Empty: every desk I may see; likewise empty organisation, municipality, area: no filter. */
  deskId: string;
  organisationId: string;
  municipalityId: string;
  areaCode: string;
  compare: boolean;
}

export interface Period {
  from: string;
  to: string;
}

const OPTIONAL_KEYS = ['deskId', 'organisationId', 'municipalityId', 'areaCode'] as const;

/** The filters of an address, the period falling back to the given one when absent. */
export function filtersFromParams(params: URLSearchParams, fallback: Period): DashboardFilters {
  return {
    from: params.get('from') ?? fallback.from,
    to: params.get('to') ?? fallback.to,
    deskId: params.get('deskId') ?? '',
    organisationId: params.get('organisationId') ?? '',
    municipalityId: params.get('municipalityId') ?? '',
    areaCode: params.get('areaCode') ?? '',
    compare: params.get('compare') !== 'false',
  };
}

/** The address's query string: empty filters left out. */
export function paramsOf(filters: DashboardFilters): Record<string, string> {
  const params: Record<string, string> = { from: filters.from, to: filters.to };
  for (const key of OPTIONAL_KEYS) if (filters[key]) params[key] = filters[key];
  params.compare = String(filters.compare);
  return params;
}

/** What GET /api/indicators reads. */
export function toQuery(filters: DashboardFilters): IndicatorQuery {
  const query: IndicatorQuery = { from: filters.from, to: filters.to, compare: filters.compare };
  for (const key of OPTIONAL_KEYS) if (filters[key]) query[key] = filters[key];
  return query;
}

/** Filters on the people's flows, which indicators about the desk itself (scope 'desk') ignore. */
export function hasContactFilter(
  filters: Pick<DashboardFilters, 'organisationId' | 'municipalityId' | 'areaCode'>,
) {
  return Boolean(filters.organisationId || filters.municipalityId || filters.areaCode);
}

/** A YYYY-MM-DD date moved by whole months, the day clamped to the month's length (31 March − 1 month = 28/29 February). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1, 12));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The last n months up to today, both ends included. */
export const lastMonths = (today: string, months: number): Period => ({
  from: addDays(addMonths(today, -months), 1),
  to: today,
});

/** A pilot's period, up to today while it is still running. */
export function pilotPeriod(pilot: Pick<Pilot, 'startDate' | 'endDate'>, today: string): Period {
  const to = pilot.endDate > today && pilot.startDate <= today ? today : pilot.endDate;
  return { from: pilot.startDate, to };
}

export const QUICK_PERIODS = ['pilot', 'month', 'sixMonths', 'year'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

/** The period a quick button sets; null for the pilot's when there is none. */
export function quickPeriod(kind: QuickPeriod, today: string, pilot: Pilot | null): Period | null {
  switch (kind) {
    case 'pilot':
      return pilot ? pilotPeriod(pilot, today) : null;
    case 'month':
      return lastMonths(today, 1);
    case 'sixMonths':
      return lastMonths(today, 6);
    case 'year':
      return lastMonths(today, 12);
  }
}

/** The pilot of the chosen desk, or of my only desk when I see just one. */
export function pilotOf(pilots: Pilot[], deskId: string, deskIds: string[]): Pilot | null {
  const desk = deskId || (deskIds.length === 1 ? deskIds[0] : '');
  return pilots.find((pilot) => pilot.deskId === desk) ?? null;
}

/** Days in a period, both ends included. */
export function periodDays(period: Period): number {
  return Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1;
}
