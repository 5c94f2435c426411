import { describe, expect, it } from 'vitest';
import { CHART_KINDS, CHART_TABLES, chartFor } from './charts';
import { CATALOGUES } from './i18n';
import { INDICATOR_TABLE_IDS } from './indicators';
import type { IndicatorTable } from './schemas/indicators';

const t = (key: string) => `«${key}»`;

const lookup = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

function tableOf(id: string): IndicatorTable {
  const rows = [
    { key: 'a', label: 'Alfa', value: 12, share: 0.6, previous: 9, rate: null },
    { key: 'b', label: 'Beta', value: 5, share: 0.25, previous: null, rate: null },
    { key: 'c', label: 'Gamma', value: 3, share: 0.15, previous: 4, rate: null },
  ];
  return { id, total: 20, rows };
}

const pointValue = (point: unknown) =>
  typeof point === 'object' && point !== null ? (point as { value: number }).value : point;

describe('chartFor', () => {
  it('charts every indicator table', () => {
    expect([...CHART_TABLES].sort()).toEqual([...INDICATOR_TABLE_IDS].sort());
  });

  it.each(INDICATOR_TABLE_IDS)('draws %s from its rows, titled by its label', (id) => {
    const option = chartFor(tableOf(id), t);
    expect(option).not.toBeNull();
    expect(option?.title.text).toBe(`«indicatorTables.${id}»`);
    expect(option?.series[0]?.data.map(pointValue)).toEqual([12, 5, 3]);
    expect(option?.aria).toEqual({ enabled: true });
    expect(option?.animation).toBe(false);
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('gives nothing to draw for a table without rows', () => {
    expect(chartFor({ id: 'by_area', total: 0, rows: [] }, t)).toBeNull();
  });

  it('adds the previous period as a dashed line when comparing', () => {
    const option = chartFor(tableOf('by_month'), t, { compare: true });
    const [current, previous] = option?.series ?? [];
    expect(current?.name).toBe('«charts.current»');
    expect(previous?.data).toEqual([9, null, 4]);
    expect(previous?.lineStyle).toMatchObject({ type: 'dashed' });
    expect(chartFor(tableOf('by_month'), t)?.series).toHaveLength(1);
  });

  it('compares bars too, but never pies', () => {
    expect(chartFor(tableOf('by_area'), t, { compare: true })?.series).toHaveLength(2);
    expect(chartFor(tableOf('by_sex'), t, { compare: true })?.series).toHaveLength(1);
    expect(CHART_KINDS.by_sex).toBe('pie');
  });

  it("writes each slice with the table's share, in the reader's locale", () => {
    const slices = chartFor(tableOf('by_channel'), t)?.series[0]?.data;
    expect(slices?.map((point) => (point as { label?: unknown }).label)).toEqual([
      { formatter: '60%' },
      { formatter: '25%' },
      { formatter: '15%' },
    ]);
    const precise = {
      ...tableOf('by_sex'),
      rows: [{ ...tableOf('by_sex').rows[0], share: 0.125 }],
    } as IndicatorTable;
    expect(chartFor(precise, t)?.series[0]?.data[0]).toMatchObject({ label: { formatter: '12,5%' } });
    expect(chartFor(precise, t, { locale: 'en-GB' })?.series[0]?.data[0]).toMatchObject({
      label: { formatter: '12.5%' },
    });
  });

  it.each(Object.keys(CATALOGUES))('has its series names translated in %s', (lang) => {
    const catalogue = CATALOGUES[lang as keyof typeof CATALOGUES];
    for (const key of ['charts.current', 'charts.previous', 'charts.noData']) {
      expect(typeof lookup(catalogue, key), key).toBe('string');
    }
  });
});
