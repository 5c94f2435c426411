/**
 * One group of indicators (volumes, requests, functioning, outcomes,
 * referrals, satisfaction): all its values (the headline repeats the key ones), then a
 * chart with summary and data table for each of its breakdowns. Over time,
 * one series only, its step fitted to the period (days, weeks or months).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_TABLES, type IndicatorGroup, indicatorDefinition } from '../../../shared/indicators';
import type { IndicatorReport, IndicatorTable } from '../../../shared/schemas/indicators';
import { ChartFigure } from './ChartFigure';
import { drillDownPath, isDrillable } from './drill';
import { type DashboardFilters, hasContactFilter, type Period, periodDays } from './filters';
import { GroupValues } from './GroupValues';
import { TIME_SERIES_TABLES } from './summary';

/** The series over time that reads best for a period: a point a day up to a month, a week up to a quarter. */
export function timeSeriesFor(period: Period): string {
  const days = periodDays(period);
  if (days <= 31) return 'by_day';
  return days <= 92 ? 'by_week' : 'by_month';
}

function tablesOf(report: IndicatorReport, group: IndicatorGroup): IndicatorTable[] {
  const series = timeSeriesFor(report.period);
  return report.tables.filter((table) => {
    const definition = INDICATOR_TABLES.find((candidate) => candidate.id === table.id);
    if (definition?.group !== group) return false;
    return !TIME_SERIES_TABLES.includes(table.id) || table.id === series;
  });
}

export interface IndicatorSectionProps {
  group: IndicatorGroup;
  report: IndicatorReport;
  filters: DashboardFilters;
  children?: ReactNode;
}

export function IndicatorSection({ group, report, filters, children }: IndicatorSectionProps) {
  const { t } = useTranslation();
  const values = report.values.filter((value) => indicatorDefinition(value.id).group === group);
  const headingId = `group-${group}`;
  return (
    <section aria-labelledby={headingId} className="mb-5">
      <h2 id={headingId} className="h3 border-bottom pb-2 mb-3">
        {t(`indicatorGroups.${group}`)}
      </h2>
      <GroupValues values={values} isFiltered={hasContactFilter(filters)} />
      {tablesOf(report, group).map((table) => (
        <ChartFigure
          key={table.id}
          table={table}
          hasPrevious={report.previous !== null}
          drillPath={
            isDrillable(table.id) ? (row) => drillDownPath(filters, table.id, row.key, row.label) : undefined
          }
        />
      ))}
      {children}
    </section>
  );
}
