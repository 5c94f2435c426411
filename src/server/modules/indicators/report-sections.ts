/**
 * The first sections of the joint evaluation report: the cover, the summary
 * and one section per indicator group with its charts and tables. Content only
 * (pdfmake nodes); report-pdf.ts lays them out and renders.
 */
import {
  INDICATOR_TABLES,
  INDICATORS,
  type IndicatorGroup,
  type IndicatorId,
  indicatorDefinition,
} from '../../../shared/indicators';
import type { IndicatorReport, IndicatorTable, IndicatorValue } from '../../../shared/schemas/indicators';
import { tableChartSvg } from './report-charts';
import type { Formatter } from './report-format';
import { breakdownTable, type Content, heading, indicatorsTable, subheading } from './report-tables';

/** The printable width of an A4 page with the report's margins (pt). */
export const CONTENT_WIDTH = 515;

/** Longer breakdowns (a six-month by_day) are charted only; their rows are in the CSV/XLSX exports. */
export const MAX_PRINTED_ROWS = 62;

/** What the summary always shows, besides every indicator that has a target. */
const HEADLINES: IndicatorId[] = [
  'contacts',
  'persons',
  'requests',
  'wait_median',
  'copresence_coverage',
  'joint_assessment_rate',
  'resolved_at_desk_share',
  'referrals',
  'referral_accepted_share',
  'bounces',
  'satisfaction_mean',
];

const isCompared = (report: IndicatorReport) => report.previous !== null;

function findValue(report: IndicatorReport, id: IndicatorId): IndicatorValue | null {
  return report.values.find((v) => v.id === id) ?? null;
}

function formatted(report: IndicatorReport, id: IndicatorId, f: Formatter): string {
  return f.value(findValue(report, id)?.value ?? null, indicatorDefinition(id).unit);
}

function filtersText(report: IndicatorReport, f: Formatter): string {
  const { organisationName, municipalityName, areaLabel } = report.filters;
  const parts = [
    organisationName && `${f.t('report.filterOrganisation')}: ${organisationName}`,
    municipalityName && `${f.t('report.filterMunicipality')}: ${municipalityName}`,
    areaLabel && `${f.t('report.filterArea')}: ${areaLabel}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : f.t('report.noFilters');
}

const range = (from: string, to: string, f: Formatter) =>
  f.t('report.dateRange', { from: f.date(from), to: f.date(to) });

export function coverSection(report: IndicatorReport, f: Formatter): Content {
  const desks = report.desks.map((d) => d.name).join(', ') || f.t('report.allDesks');
  const previous = report.previous
    ? range(report.previous.from, report.previous.to, f)
    : f.t('report.noComparison');
  const pilot = report.pilot;
  const rows: [string, string][] = [
    [f.t('report.desks'), desks],
    [f.t('report.period'), range(report.period.from, report.period.to, f)],
    [f.t('report.previousPeriod'), previous],
    ...(pilot
      ? [
          [f.t('report.pilot'), `${pilot.name} (${range(pilot.startDate, pilot.endDate, f)})`] as [
            string,
            string,
          ],
        ]
      : []),
    [f.t('report.filters'), filtersText(report, f)],
    [f.t('report.source'), f.t(`report.sources.${report.source}`)],
    [f.t('report.generatedAt'), f.instant(report.generatedAt)],
  ];
  return [
    { text: f.t('report.title'), style: 'title', outline: true },
    { text: desks, style: 'subtitle' },
    {
      table: { widths: [150, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
      layout: 'noBorders',
      margin: [0, 24, 0, 0],
    },
    { text: '', pageBreak: 'after' },
  ];
}

export function summarySection(report: IndicatorReport, f: Formatter): Content {
  const withTarget = new Set(report.values.filter((v) => v.target !== null).map((v) => v.id));
  const shown = report.values.filter((v) => HEADLINES.includes(v.id) || withTarget.has(v.id));
  const sentence = f.t('report.summarySentence', {
    contacts: formatted(report, 'contacts', f),
    persons: formatted(report, 'persons', f),
    personsNew: formatted(report, 'persons_new', f),
    requests: formatted(report, 'requests', f),
    referrals: formatted(report, 'referrals', f),
    waitMedian: formatted(report, 'wait_median', f),
  });
  return [
    heading(f.t('report.summary')),
    { text: sentence, style: 'paragraph' },
    indicatorsTable(shown, f, isCompared(report)),
  ];
}

function tableSection(table: IndicatorTable, report: IndicatorReport, f: Formatter): Content {
  const svg = tableChartSvg(table, f.t, {
    compare: isCompared(report),
    suppress: f.suppress,
    locale: f.locale,
  });
  const title = subheading(f.t(`indicatorTables.${table.id}`));
  if (!svg) return [title, { text: f.t('charts.noData'), style: 'muted' }];
  const chart = { svg, width: CONTENT_WIDTH, margin: [0, 4, 0, 8] };
  const rows =
    table.rows.length > MAX_PRINTED_ROWS
      ? { text: f.t('report.tooManyRows', { rows: table.rows.length }), style: 'muted' }
      : breakdownTable(table, f, isCompared(report));
  // A title never ends a page without its chart.
  return [{ stack: [title, chart], unbreakable: true }, rows];
}

/** One group: its indicators against targets, then each of its breakdowns as chart and table. */
export function groupSection(group: IndicatorGroup, report: IndicatorReport, f: Formatter): Content {
  const ids = new Set<string>(INDICATORS.filter((i) => i.group === group).map((i) => i.id));
  const values = report.values.filter((v) => ids.has(v.id));
  const tables = INDICATOR_TABLES.filter((t) => t.group === group).flatMap(
    (t) => report.tables.find((table) => table.id === t.id) ?? [],
  );
  return [
    heading(f.t(`indicatorGroups.${group}`), true),
    values.length > 0 ? indicatorsTable(values, f, isCompared(report)) : '',
    ...tables.map((table) => tableSection(table, report, f)),
  ];
}
