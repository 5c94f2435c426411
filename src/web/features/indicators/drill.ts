/**
 * The drill-down's address: the dashboard's filters plus the table and row
 * clicked (and the row's label, only to name the list). Only the tables
 * the shared DRILLABLE_TABLES names (groups of contacts) lead to contacts.
 */
import { DRILLABLE_TABLES, type IndicatorTableId } from '../../../shared/indicators';
import type { DashboardFilters, Period } from './filters';
import { filtersFromParams, paramsOf } from './filters';

export const DRILL_DOWN_PATH = '/monitoraggio/indicatori/elenco';

export function isDrillable(tableId: string): boolean {
  return DRILLABLE_TABLES.includes(tableId as IndicatorTableId);
}

export function drillDownPath(filters: DashboardFilters, table: string, key: string, label: string): string {
  const params = new URLSearchParams({ ...paramsOf(filters), table, key, label });
  return `${DRILL_DOWN_PATH}?${params}`;
}

export interface DrillDownTarget {
  filters: DashboardFilters;
  table: string | null;
  key: string | null;
  label: string | null;
}

export function drillDownFromParams(params: URLSearchParams, fallback: Period): DrillDownTarget {
  return {
    filters: filtersFromParams(params, fallback),
    table: params.get('table'),
    key: params.get('key'),
    label: params.get('label'),
  };
}
