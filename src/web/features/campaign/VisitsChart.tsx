/**
 * The visits per campaign tag (and without one) as bars, for a glance. The
 * picture is named by the results sentence; the table beside it carries the
 * same numbers for whoever cannot see it.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_PALETTE } from '../../../shared/charts';
import type { CampaignStats } from '../../../shared/schemas/campaign';
import { EChart } from '../indicators/EChart';

export function VisitsChart({ stats, summary }: { stats: CampaignStats; summary: string }) {
  const { t } = useTranslation();
  const untagged = t('campaign.page.results.untagged');
  const option = useMemo(() => {
    // Top to bottom as in the table: ECharts draws the first category at the bottom.
    const rows = [
      ...stats.tags.map((tag) => ({ name: tag.label, value: tag.visits })),
      { name: untagged, value: stats.untaggedVisits },
    ].reverse();
    return {
      color: [CHART_PALETTE[0]],
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((row) => row.name) },
      tooltip: { trigger: 'axis' },
      series: [
        {
          type: 'bar',
          name: t('campaign.page.tags.visits'),
          data: rows.map((row) => row.value),
          label: { show: true, position: 'right' },
        },
      ],
      aria: { enabled: true, label: { description: summary } },
    } as EChartsCoreOption;
  }, [stats, summary, untagged, t]);
  return <EChart option={option} label={summary} height={80 + (stats.tags.length + 1) * 32} />;
}
