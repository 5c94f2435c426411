/**
 * One ECharts chart, drawn as SVG. ECharts is imported piece by piece (only
 * the chart types and components the shared option builders use), and only
 * by this page's lazily loaded chunk. The picture is decorative for screen
 * readers: the summary sentence names it, the data table beside it carries
 * the numbers.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { type EChartsCoreOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([
  BarChart,
  LineChart,
  PieChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export interface EChartProps {
  option: EChartsCoreOption;
  /** The sentence that says what the chart shows; the chart's accessible name. */
  label: string;
  /** A click on a bar or slice: its name and position in the data. */
  onSelect?: (item: { name: string; dataIndex: number }) => void;
  height?: number;
}

export function EChart({ option, label, onSelect, height = 320 }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element, null, { renderer: 'svg' });
    chart.setOption(option, true);
    chart.on('click', (params) => {
      select.current?.({ name: String(params.name ?? ''), dataIndex: params.dataIndex ?? -1 });
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [option]);

  return (
    <div
      ref={container}
      className="indicator-chart"
      role="img"
      aria-label={label}
      data-testid="indicator-chart"
      style={{ width: '100%', height }}
    />
  );
}
