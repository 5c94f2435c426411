/**
 * Chart definitions of the indicator tables, shared by the coordinator's
 * dashboard (web, ECharts in the browser) and the joint evaluation report
 * (server, ECharts rendered to SVG for the PDF): one chart per table, the same
 * in both. Plain, JSON-serialisable ECharts option objects: this file must never
 * import echarts, touch the DOM or hold functions (formatters are strings).
 */
import type { IndicatorTableId } from './indicators';
import type { IndicatorRow, IndicatorTable } from './schemas/indicators';

export type ChartKind = 'line' | 'barHorizontal' | 'barVertical' | 'pie' | 'funnel';

/** Which chart each table gets; every indicator table is charted. */
export const CHART_KINDS: Record<IndicatorTableId, ChartKind> = {
  by_day: 'line',
  by_week: 'line',
  by_month: 'line',
  by_weekday: 'barVertical',
  by_hour: 'barVertical',
  by_age_band: 'barVertical',
  wait_distribution: 'barVertical',
  satisfaction_scores: 'barVertical',
  by_municipality: 'barHorizontal',
  by_area: 'barHorizontal',
  by_category: 'barHorizontal',
  by_visitor_type: 'barHorizontal',
  by_heard_from: 'barHorizontal',
  by_outcome: 'barHorizontal',
  referral_rejection_reasons: 'barHorizontal',
  by_outcome_group: 'pie',
  by_channel: 'pie',
  by_sex: 'pie',
  by_citizenship: 'pie',
  ticket_statuses: 'pie',
  referral_funnel: 'funnel',
};

/** The tables that get a chart, in catalogue order. */
export const CHART_TABLES = Object.keys(CHART_KINDS) as IndicatorTableId[];

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11) and told
 * apart by people with the common colour-vision deficiencies (after Okabe–Ito,
 * darkened). The first is Bootstrap Italia's primary blue.
 */
export const CHART_PALETTE = [
  '#0066CC',
  '#B34700',
  '#00795B',
  '#9C3D7A',
  '#5C4B99',
  '#7A6000',
  '#1F4E79',
  '#4D4D4D',
] as const;

/** The previous period: a muted grey, drawn dashed on lines. */
export const PREVIOUS_COLOUR = '#6B6B6B';

/** A point: a value on an axis, or a named slice with its own options (its label). */
export type ChartPoint = number | null | { name: string; value: number | null; [option: string]: unknown };

export interface ChartSeries {
  type: 'line' | 'bar' | 'pie';
  name: string;
  data: ChartPoint[];
  [option: string]: unknown;
}

/** An ECharts option, as plain data; the web and server cast it to echarts' own type. */
export interface ChartOption {
  title: { text: string; [option: string]: unknown };
  series: ChartSeries[];
  [option: string]: unknown;
}

export interface ChartOptions {
  /** Draw the previous period beside the current one (lines and bars). */
  compare?: boolean;
  /** How shares are written on pie slices (BCP 47); Italian unless told. */
  locale?: string;
}

type Translate = (key: string) => string;

/** The chart of one indicator table; null when the table is not charted or has no rows. */
export function chartFor(
  table: IndicatorTable,
  t: Translate,
  options: ChartOptions = {},
): ChartOption | null {
  const kind = CHART_KINDS[table.id as IndicatorTableId];
  if (!kind || table.rows.length === 0) return null;
  const compare = Boolean(options.compare) && table.rows.some((r) => r.previous !== null);
  const body = BUILDERS[kind](table.rows, t, compare, options.locale ?? 'it-IT');
  return { ...base(t(`indicatorTables.${table.id}`)), ...body };
}

function base(title: string) {
  return {
    title: { text: title, left: 'left', textStyle: { fontSize: 14, fontWeight: 'bold', color: '#1A1A1A' } },
    aria: { enabled: true },
    animation: false,
    color: [...CHART_PALETTE],
    backgroundColor: '#FFFFFF',
    textStyle: { fontFamily: 'Titillium Web, Roboto, Helvetica, Arial, sans-serif', color: '#1A1A1A' },
    tooltip: { trigger: 'item' },
  };
}

type ChartBody = { series: ChartSeries[]; [option: string]: unknown };
type Builder = (rows: IndicatorRow[], t: Translate, compare: boolean, locale: string) => ChartBody;

const values = (rows: IndicatorRow[]) => rows.map((r) => r.value);
const previous = (rows: IndicatorRow[]) => rows.map((r) => r.previous);
const labels = (rows: IndicatorRow[]) => rows.map((r) => r.label);

/** Room for the axis labels inside the chart (ECharts 6's form of the old `containLabel`). */
const CONTAIN_LABELS = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' };

/** Value labels sit beside their bar or slice: plain dark text, no halo (which SVG-to-PDF draws over the glyphs). */
const valueLabel = (position: string) => ({ show: true, position, color: '#1A1A1A', textBorderWidth: 0 });

const legend = (compare: boolean) => (compare ? { legend: { top: 24, right: 0 } } : {});
const gridTop = (compare: boolean) => (compare ? 56 : 40);

function lineChart(rows: IndicatorRow[], t: Translate, compare: boolean) {
  const showSymbol = rows.length <= 31;
  const current: ChartSeries = { type: 'line', name: t('charts.current'), data: values(rows), showSymbol };
  const series = [current];
  if (compare) {
    series.push({
      type: 'line',
      name: t('charts.previous'),
      data: previous(rows),
      showSymbol,
      lineStyle: { type: 'dashed', color: PREVIOUS_COLOUR },
      itemStyle: { color: PREVIOUS_COLOUR },
    });
  }
  return {
    ...legend(compare),
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: gridTop(compare), bottom: 8, ...CONTAIN_LABELS },
    xAxis: { type: 'category', data: labels(rows), boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  };
}

function barSeries(rows: IndicatorRow[], t: Translate, compare: boolean, position: string): ChartSeries[] {
  const series: ChartSeries[] = [
    { type: 'bar', name: t('charts.current'), data: values(rows), label: valueLabel(position) },
  ];
  if (compare) {
    series.push({
      type: 'bar',
      name: t('charts.previous'),
      data: previous(rows),
      itemStyle: { color: PREVIOUS_COLOUR },
    });
  }
  return series;
}

function verticalBar(rows: IndicatorRow[], t: Translate, compare: boolean) {
  return {
    ...legend(compare),
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: gridTop(compare), bottom: 8, ...CONTAIN_LABELS },
    xAxis: { type: 'category', data: labels(rows), axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: barSeries(rows, t, compare, 'top'),
  };
}

/** Long labels (areas, categories, municipalities) read best on the side; the first row on top. */
function horizontalBar(rows: IndicatorRow[], t: Translate, compare: boolean) {
  return {
    ...legend(compare),
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 40, top: gridTop(compare), bottom: 8, ...CONTAIN_LABELS },
    yAxis: {
      type: 'category',
      data: labels(rows),
      inverse: true,
      axisLabel: { width: 180, overflow: 'truncate', interval: 0 },
    },
    xAxis: { type: 'value', minInterval: 1 },
    series: barSeries(rows, t, compare, 'right'),
  };
}

/** Parts of a whole: a ring with each slice's share, the same figure as the table's (not ECharts' own rounding). */
function pieChart(rows: IndicatorRow[], t: Translate, _compare: boolean, locale: string) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const slice = (r: IndicatorRow) => ({
    name: r.label,
    value: r.value,
    label: { formatter: r.share === null ? '' : percent.format(r.share) },
  });
  return {
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [
      {
        type: 'pie' as const,
        name: t('charts.current'),
        radius: ['35%', '65%'],
        center: ['38%', '55%'],
        avoidLabelOverlap: true,
        label: valueLabel('outside'),
        data: rows.map(slice),
      },
    ],
  };
}

/** The referral funnel keeps its order (sent → accepted → completed) as decreasing bars. */
function funnelChart(rows: IndicatorRow[], t: Translate, compare: boolean) {
  const chart = horizontalBar(rows, t, compare);
  const [current, ...rest] = chart.series;
  const shaded = current && { ...current, barWidth: '60%', colorBy: 'data' };
  return { ...chart, series: shaded ? [shaded, ...rest] : rest };
}

const BUILDERS: Record<ChartKind, Builder> = {
  line: lineChart,
  barVertical: verticalBar,
  barHorizontal: horizontalBar,
  pie: pieChart,
  funnel: funnelChart,
};
