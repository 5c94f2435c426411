/**
 * One indicator table in the dashboard: its title, the sentence that says
 * what it shows, the chart (from the shared option builders, as in the PDF
 * report) and the data table; a bar or a row leads to the contacts behind it.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CHART_KINDS, chartFor } from '../../../shared/charts';
import type { IndicatorTableId } from '../../../shared/indicators';
import type { IndicatorRow, IndicatorTable } from '../../../shared/schemas/indicators';
import { BreakdownTable } from './BreakdownTable';
import { EChart } from './EChart';
import { tableSummary } from './summary';

export interface ChartFigureProps {
  table: IndicatorTable;
  hasPrevious: boolean;
  drillPath?: (row: IndicatorRow) => string;
}

/** Bars on the side get room for every label: long lists (categories) grow the chart rather than squeeze it. */
function chartHeight(table: IndicatorTable): number {
  const kind = CHART_KINDS[table.id as IndicatorTableId];
  const isSideways = kind === 'barHorizontal' || kind === 'funnel';
  return isSideways ? Math.max(320, 80 + table.rows.length * 28) : 320;
}

export function ChartFigure({ table, hasPrevious, drillPath }: ChartFigureProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const summary = tableSummary(table, t, i18n.language);
  const option = useMemo(() => {
    const chart = chartFor(table, (key) => t(key), { compare: hasPrevious });
    if (!chart) return null;
    // The heading above names the chart; ECharts labels it with the summary, not its own English description.
    const title = { ...chart.title, show: false };
    return { ...chart, title, aria: { enabled: true, label: { description: summary } } } as EChartsCoreOption;
  }, [table, hasPrevious, t, summary]);
  const headingId = `table-${table.id}`;
  const select = ({ name, dataIndex }: { name: string; dataIndex: number }) => {
    const row = table.rows.find((candidate) => candidate.label === name) ?? table.rows[dataIndex];
    if (row && drillPath && row.value > 0) navigate(drillPath(row));
  };

  return (
    <section aria-labelledby={headingId} className="mb-5" data-testid={`chart-${table.id}`}>
      <h3 id={headingId} className="h5">
        {t(`indicatorTables.${table.id}`)}
      </h3>
      <p>{summary}</p>
      {table.total > 0 && (
        <div className="row g-4">
          {option && (
            <div className="col-12 col-xl-7">
              <EChart
                option={option}
                label={summary}
                height={chartHeight(table)}
                onSelect={drillPath ? select : undefined}
              />
            </div>
          )}
          <div className={option ? 'col-12 col-xl-5' : 'col-12'}>
            <BreakdownTable table={table} hasPrevious={hasPrevious} drillPath={drillPath} />
          </div>
        </div>
      )}
    </section>
  );
}
