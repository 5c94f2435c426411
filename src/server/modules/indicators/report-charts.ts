/**
 * The report's charts: the same ECharts options the dashboard draws
 * (src/shared/charts.ts), rendered on the server to SVG strings with ECharts'
 * server-side rendering, no browser and no canvas. Small counts hidden by
 * small-cell suppression are hidden from the chart too: a bar must never show
 * what the table says is "<5".
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_KINDS, type ChartOption, type ChartPoint, chartFor } from '../../../shared/charts';
import { type IndicatorTableId, SMALL_CELL } from '../../../shared/indicators';
import type { IndicatorTable } from '../../../shared/schemas/indicators';

// Only what the shared charts use: a fifth less work per chart than the full build. No tooltip on paper.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  SVGRenderer,
]);

/** Drawn at this width (px) and scaled to the page by the PDF. */
export const CHART_WIDTH = 720;

export interface ChartRenderOptions {
  compare?: boolean;
  locale?: string;
  /** Hide counts 1–4 (shown as "<5" in the tables). */
  suppress?: boolean;
}

/** Render one ECharts option to an SVG document; the chart instance is always released. */
export function renderChartSvg(option: ChartOption, width = CHART_WIDTH, height = 300): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const { tooltip: _onScreenOnly, ...onPaper } = option;
    chart.setOption(onPaper as echarts.EChartsCoreOption);
    // The hover styles mean nothing on paper, and would only be parsed again by the PDF.
    return chart.renderToSVGString().replace(/<style\b[\s\S]*?<\/style>/, '');
  } finally {
    chart.dispose();
  }
}

/** The SVG chart of one indicator table, or null when it has nothing to draw. */
export function tableChartSvg(
  table: IndicatorTable,
  t: (key: string) => string,
  options: ChartRenderOptions = {},
): string | null {
  const option = chartFor(table, t, { compare: options.compare, locale: options.locale });
  if (!option) return null;
  const suppressed = options.suppress ? suppressChart(option) : option;
  // The report prints the table's title above the chart already.
  const drawn = { ...suppressed, title: { ...suppressed.title, show: false } };
  return renderChartSvg(drawn, CHART_WIDTH, chartHeight(table));
}

/** Bars on the side need room for every label; the rest share one height. */
function chartHeight(table: IndicatorTable): number {
  const kind = CHART_KINDS[table.id as IndicatorTableId];
  if (kind !== 'barHorizontal' && kind !== 'funnel') return 300;
  return Math.min(900, Math.max(200, 80 + table.rows.length * 26));
}

const isSmall = (value: unknown) => typeof value === 'number' && value > 0 && value < SMALL_CELL;

/** A hidden count is missing data to ECharts: no bar, no slice, no label (a slice's share would tell it). */
function suppressPoint(point: ChartPoint): ChartPoint {
  if (typeof point === 'object' && point !== null)
    return isSmall(point.value) ? { ...point, value: null } : point;
  return isSmall(point) ? null : point;
}

/** A copy of the option with every count 1–4 left out of its series. */
export function suppressChart(option: ChartOption): ChartOption {
  return { ...option, series: option.series.map((s) => ({ ...s, data: s.data.map(suppressPoint) })) };
}
