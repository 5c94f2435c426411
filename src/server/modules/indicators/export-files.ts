/**
 * The indicator report as files: CSV (UTF-8 with BOM, comma or semicolon,
 * RFC 4180 quoting, long format) and XLSX (a cover sheet, one sheet per
 * indicator group, a sheet of definitions). Numbers stay machine-readable:
 * the CSV writes a decimal point and shares as percentages with one decimal;
 * the XLSX stores raw numbers (shares 0–1 with a percent format).
 */
import ExcelJS from 'exceljs';
import { INDICATOR_GROUPS, type IndicatorUnit, SUPPRESSED } from '../../../shared/indicators';
import type { Language } from '../../../shared/roles';
import type { IndicatorReport } from '../../../shared/schemas/indicators';
import { translate } from '../../http/i18n';
import {
  type Cell,
  definitionOf,
  groupLabel,
  indicatorLines,
  metLabel,
  tableBlocks,
  unitLabel,
} from './export-cells';

export type Separator = 'comma' | 'semicolon';
const BOM = '\uFEFF';

/** One CSV field: numbers as they are, text quoted when needed and never read as a formula. */
function field(value: string | number | null, separator: string): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV lines (CRLF) for rows of fields; the BOM makes spreadsheets read UTF-8. */
export function csvLines(
  rows: readonly (readonly (string | number | null)[])[],
  separator: Separator,
): string {
  const sep = separator === 'comma' ? ',' : ';';
  return (
    rows.map((row) => row.map((v) => field(v, sep)).join(sep)).join('\r\n') + (rows.length > 0 ? '\r\n' : '')
  );
}

export const csvFile = (text: string) => Buffer.from(BOM + text, 'utf8');

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A cell for the CSV: shares as percentages with one decimal, anything else to two decimals. */
function csvNumber(cell: Cell, unit: IndicatorUnit | 'share'): string | number | null {
  if (cell === null || cell === SUPPRESSED) return cell;
  return unit === 'share' ? round(cell * 100, 1) : round(cell, 2);
}

/** The report in long format: one line per indicator and per table row, headers in the reader's language. */
export function indicatorsCsv(
  report: IndicatorReport,
  on: boolean,
  lang: Language,
  separator: Separator,
): Buffer {
  const t = (key: string) => translate(lang, `exports.csv.${key}`);
  const header = [
    'group',
    'section',
    'key',
    'label',
    'value',
    'previous',
    'target',
    'met',
    'share',
    'rate',
  ].map(t);
  const rows: (string | number | null)[][] = [header];
  for (const line of indicatorLines(report, on, lang))
    rows.push([
      groupLabel(line.group, lang),
      'indicator',
      line.id,
      line.label,
      csvNumber(line.value, line.unit),
      csvNumber(line.previous, line.unit),
      csvNumber(line.target, line.unit),
      metLabel(line.met, lang),
      null,
      null,
    ]);
  for (const block of tableBlocks(report, on, lang))
    for (const row of block.rows)
      rows.push([
        groupLabel(block.group, lang),
        block.id,
        row.key,
        row.label,
        csvNumber(row.value, 'count'),
        csvNumber(row.previous, 'count'),
        null,
        null,
        csvNumber(row.share, 'share'),
        csvNumber(row.rate, 'ratio'),
      ]);
  return csvFile(csvLines(rows, separator));
}

// ── XLSX ──

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

const PERCENT = '0.0%';
const bold = (row: ExcelJS.Row) => {
  row.font = { bold: true };
};

function coverSheet(book: ExcelJS.Workbook, report: IndicatorReport, on: boolean, lang: Language) {
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(lang, `exports.cover.${key}`, params);
  const sheet = book.addWorksheet(sheetName(t('sheet')));
  const { filters } = report;
  const rows: [string, string][] = [
    [t('period'), `${report.period.from} – ${report.period.to}`],
    [t('previous'), report.previous ? `${report.previous.from} – ${report.previous.to}` : ''],
    [t('desks'), report.desks.map((d) => d.name).join(', ')],
    [
      t('pilot'),
      report.pilot ? `${report.pilot.name} (${report.pilot.startDate} – ${report.pilot.endDate})` : '',
    ],
    [t('organisation'), filters.organisationName ?? t('all')],
    [t('municipality'), filters.municipalityName ?? t('all')],
    [t('area'), filters.areaLabel ?? t('all')],
    [t('suppression'), t(on ? 'suppressionOn' : 'suppressionOff')],
    [t('source'), t(`source_${report.source}`)],
    [t('generatedAt'), report.generatedAt],
  ];
  bold(sheet.addRow([t('title')]));
  sheet.addRow([]);
  for (const row of rows) sheet.addRow(row).getCell(1).font = { bold: true };
  sheet.getColumn(1).width = 32;
  sheet.getColumn(2).width = 60;
}

function numberCell(row: ExcelJS.Row, column: number, unit: IndicatorUnit | 'share') {
  if (unit === 'share' && typeof row.getCell(column).value === 'number') row.getCell(column).numFmt = PERCENT;
}

function groupSheet(
  book: ExcelJS.Workbook,
  report: IndicatorReport,
  on: boolean,
  lang: Language,
  group: string,
) {
  const t = (key: string) => translate(lang, `exports.xlsx.${key}`);
  const sheet = book.addWorksheet(sheetName(groupLabel(group as never, lang)));
  bold(sheet.addRow(['id', t('label'), t('unit'), t('value'), t('previous'), t('target'), t('met')]));
  for (const line of indicatorLines(report, on, lang).filter((l) => l.group === group)) {
    const row = sheet.addRow([
      line.id,
      line.label,
      unitLabel(line.unit, lang),
      line.value,
      line.previous,
      line.target,
      metLabel(line.met, lang),
    ]);
    for (const column of [4, 5, 6]) numberCell(row, column, line.unit);
  }
  for (const block of tableBlocks(report, on, lang).filter((b) => b.group === group)) {
    sheet.addRow([]);
    bold(sheet.addRow([block.id, block.title]));
    bold(sheet.addRow([t('key'), t('label'), t('value'), t('share'), t('previous'), t('rate')]));
    for (const line of block.rows)
      numberCell(
        sheet.addRow([line.key, line.label, line.value, line.share, line.previous, line.rate]),
        4,
        'share',
      );
  }
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 48;
}

function definitionsSheet(book: ExcelJS.Workbook, report: IndicatorReport, lang: Language) {
  const t = (key: string) => translate(lang, `exports.xlsx.${key}`);
  const sheet = book.addWorksheet(sheetName(t('definitions')));
  bold(sheet.addRow(['id', t('group'), t('label'), t('unit'), t('definition'), t('target')]));
  for (const line of indicatorLines(report, false, lang)) {
    const row = sheet.addRow([
      line.id,
      groupLabel(line.group, lang),
      line.label,
      unitLabel(line.unit, lang),
      definitionOf(line.id, lang),
      line.target,
    ]);
    numberCell(row, 6, line.unit);
  }
  sheet.getColumn(5).width = 80;
  sheet.getColumn(5).alignment = { wrapText: true };
}

/** The report as a workbook: cover, one sheet per indicator group (indicators, then tables), definitions. */
export async function indicatorsXlsx(report: IndicatorReport, on: boolean, lang: Language): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Sportello';
  book.created = new Date(report.generatedAt);
  coverSheet(book, report, on, lang);
  for (const group of INDICATOR_GROUPS) groupSheet(book, report, on, lang, group);
  definitionsSheet(book, report, lang);
  return Buffer.from(await book.xlsx.writeBuffer());
}
