import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { CHART_TABLES } from '../../../shared/charts';
import { CATALOGUES } from '../../../shared/i18n';
import {
  INDICATOR_GROUPS,
  INDICATOR_TABLE_IDS,
  INDICATORS,
  type IndicatorId,
  meetsTarget,
} from '../../../shared/indicators';
import type { IndicatorReport, IndicatorRow, IndicatorTable } from '../../../shared/schemas/indicators';
import { translate } from '../../http/i18n';
import { suppressChart, tableChartSvg } from './report-charts';
import { renderReportPdf } from './report-pdf';

const it_ = CATALOGUES.it as unknown as { report: Record<string, string>; charts: Record<string, string> };

/** Hand-made values: a plausible six-month desk. */
const VALUES: Partial<Record<IndicatorId, number>> = {
  contacts: 12345,
  persons: 4321,
  persons_new: 2100,
  requests: 15678,
  wait_median: 14,
  wait_p90: 38,
  copresence_coverage: 0.874,
  joint_assessment_rate: 0.125,
  satisfaction_mean: 4.21,
  referrals: 987,
  bounces: 3,
};

const TARGETS: Partial<Record<IndicatorId, number>> = {
  wait_median: 15, // met: 14 ≤ 15
  copresence_coverage: 0.9, // missed: 87.4% < 90%
  satisfaction_mean: 4,
};

function row(
  key: string,
  label: string,
  value: number,
  total: number,
  rate: number | null = null,
): IndicatorRow {
  return { key, label, value, share: total ? value / total : null, previous: Math.max(0, value - 2), rate };
}

function table(id: string): IndicatorTable {
  const rows = [row(`${id}-a`, `Voce A ${id}`, 60, 100), row(`${id}-b`, `Voce B ${id}`, 37, 100)];
  rows.push(row(`${id}-c`, `Voce C ${id}`, 3, 100, id === 'by_municipality' ? 1.25 : null));
  return { id, total: 100, rows };
}

function makeReport(overrides: Partial<IndicatorReport> = {}): IndicatorReport {
  const values = INDICATORS.map(({ id, unit }, index) => {
    const value = VALUES[id] ?? (unit === 'share' ? index / 100 : index + 0.5);
    const target = TARGETS[id] ?? null;
    return { id, value, previous: value, target, met: meetsTarget(id, value, target) };
  });
  return {
    period: { from: '2026-03-01', to: '2026-08-31' },
    previous: { from: '2025-08-29', to: '2026-02-28' },
    desks: [{ id: 'desk-1', name: 'Sportello di Borgo Alto' }],
    filters: { organisationName: null, municipalityName: null, areaLabel: null },
    pilot: {
      id: 'pilot-1',
      deskId: 'desk-1',
      deskName: 'Sportello di Borgo Alto',
      name: 'Pilota Borgo Alto 2026',
      startDate: '2026-03-01',
      endDate: '2026-08-31',
      targets: TARGETS,
      waitTargetMinutes: 30,
      notes: [
        note('Comune di Borgo Alto', 'La co-presenza ha funzionato nei giorni di mercato.'),
        note('Consorzio Servizi Sociali', 'Servono più ore di mediazione linguistica.'),
      ],
      version: 3,
    },
    values,
    tables: INDICATOR_TABLE_IDS.map(table),
    source: 'rollup',
    generatedAt: '2026-09-01T08:30:00.000Z',
    ...overrides,
  };
}

function note(organisationName: string, body: string) {
  const at = '2026-08-30T10:00:00.000Z';
  return {
    organisationId: organisationName,
    organisationName,
    body,
    updatedAt: at,
    updatedByName: 'Anna Neri',
  };
}

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    // Lines wrap at the page's width: join them so a long label reads as one.
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ');

/** The Italian report of the fixture, rendered and read back once for the tests that only read it. */
let italian: Promise<{ pdf: Buffer; text: string }> | null = null;
const italianReport = () => {
  italian ??= renderReportPdf(makeReport(), 'it').then(async (pdf) => ({ pdf, text: await textOf(pdf) }));
  return italian;
};

describe('renderReportPdf', () => {
  it('writes every section, group, indicator, target and note of the Italian report', async () => {
    const { pdf, text } = await italianReport();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const r = it_.report;
    for (const title of [r.title, r.summary, r.targets, r.notes, r.methodTitle])
      expect(text).toContain(title);
    for (const group of INDICATOR_GROUPS) expect(text).toContain(translate('it', `indicatorGroups.${group}`));
    for (const { id } of INDICATORS)
      expect(text).toContain(squeeze(translate('it', `indicators.${id}.label`)));
    for (const id of INDICATOR_TABLE_IDS) expect(text).toContain(translate('it', `indicatorTables.${id}`));
    expect(text).toContain(squeeze(translate('it', 'indicators.wait_p90.definition')));

    expect(text).toContain('Obiettivi raggiunti: 2 su 3.');
    expect(text).toMatch(/Attesa mediana \(min\) 15 14 raggiunto/);
    expect(text).toMatch(/Copertura della co-presenza 90% 87,4% non raggiunto/);
    expect(text).toContain('La co-presenza ha funzionato nei giorni di mercato.');
    expect(text).toContain('Servono più ore di mediazione linguistica.');
    expect(text).toContain('Comune di Borgo Alto');
    expect(text).toContain('Consorzio Servizi Sociali');

    expect(text).toContain('12.345 contatti di 4321 persone distinte');
    expect(text).toContain('4,21');
    expect(text).toContain('dal 01/03/2026 al 31/08/2026');
    expect(text).toContain('Pagina 1 di');
  });

  it('prints small counts as "<5" unless suppression is turned off', async () => {
    const suppressed = (await italianReport()).text;
    expect(suppressed).toContain('Voce C by_area <5 —');
    expect(suppressed).toMatch(/Rimpalli <5/);
    const plain = await textOf(await renderReportPdf(makeReport(), 'it', { suppress: false }));
    expect(plain).toContain('Voce C by_area 3 3%');
    expect(plain).not.toContain('<5');
  });

  it('renders in a few seconds at most, even with six months of days', async () => {
    const days = Array.from({ length: 184 }, (_, i) => row(`d${i}`, `${i + 1}`, 40 + (i % 7), 8000));
    const report = makeReport({
      tables: [...makeReport().tables.slice(1), { id: 'by_day', total: 8000, rows: days }],
    });
    await renderReportPdf(report, 'it'); // warm: modules compiled, fonts read
    const started = performance.now();
    const pdf = await renderReportPdf(report, 'it');
    // About one second on an idle machine; the margin absorbs a busy test runner, not a slower renderer.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(await textOf(pdf)).toContain('184 righe');
  });

  it('renders a report with no data, no comparison and no pilot', async () => {
    const empty = makeReport({
      previous: null,
      pilot: null,
      desks: [],
      values: INDICATORS.map(({ id }) => ({ id, value: null, previous: null, target: null, met: null })),
      tables: INDICATOR_TABLE_IDS.map((id) => ({ id, total: 0, rows: [] })),
      source: 'records',
      filters: {
        organisationName: 'Consorzio Servizi Sociali',
        municipalityName: 'Borgo Alto',
        areaLabel: null,
      },
    });
    const text = await textOf(await renderReportPdf(empty, 'it'));
    expect(text).toContain(it_.report.summary);
    expect(text).toContain(it_.charts.noData);
    expect(text).toContain(it_.report.noPilotNotes);
    expect(text).toContain(it_.report.noPilotTargets);
    expect(text).toContain('Ente: Consorzio Servizi Sociali; Comune di residenza: Borgo Alto');
    expect(text).toContain('—');
  });

  it('writes the report in English too', async () => {
    const text = await textOf(await renderReportPdf(makeReport(), 'en'));
    expect(text).toContain('Joint evaluation of the pilot project');
    expect(text).toContain('12,345');
    expect(text).toContain('missed');
  });
});

describe('report charts', () => {
  const t = (key: string) => translate('it', key);

  it.each(CHART_TABLES)('draws %s as an SVG document with its labels', (id) => {
    const short: IndicatorTable = {
      ...table(id),
      rows: table(id).rows.map((r, i) => ({ ...r, label: `Voce${i}` })),
    };
    const svg = tableChartSvg(short, t, { compare: true, suppress: true });
    expect(svg).toMatch(/^<svg[\s>]/);
    expect(svg).toContain('Voce0');
    expect(svg).toContain('Voce1');
  });

  it('draws nothing for an empty table', () => {
    expect(tableChartSvg({ id: 'by_area', total: 0, rows: [] }, t)).toBeNull();
  });

  it('leaves suppressed counts out of the chart', () => {
    const option = { title: { text: 'x' }, series: [{ type: 'bar' as const, name: 'x', data: [60, 3, 0] }] };
    expect(suppressChart(option).series[0]?.data).toEqual([60, null, 0]);
    const rows = [row('desk', 'Sportello', 112, 115), row('phone', 'Telefono', 3, 115)];
    const slices: IndicatorTable = { id: 'by_channel', total: 115, rows };
    const svg = tableChartSvg(slices, t, { suppress: true });
    expect(svg).toContain('97,4%'); // the share printed is the table's, Italian style
    expect(svg).not.toContain('2,6%');
    expect(tableChartSvg(slices, t, { suppress: false })).toContain('2,6%');
  });
});
