/**
 * The report's tables as pdfmake nodes: indicators against their targets, and
 * one indicator table's rows. Every cell goes through the report's Formatter,
 * so suppression and number style are the same everywhere in the PDF.
 */
import { type IndicatorId, indicatorDefinition } from '../../../shared/indicators';
import type { IndicatorTable, IndicatorValue } from '../../../shared/schemas/indicators';
import { type Formatter, NOTHING } from './report-format';

/** A pdfmake document node (pdfmake 0.3 ships no types). */
export type Content = string | { [key: string]: unknown } | Content[];

export const COLOURS = { met: '#00704F', missed: '#A8261B', muted: '#5C5C5C', rule: '#C9C9C9' };

/** A section title, in the PDF's bookmarks; sections after the first start on a new page. */
export function heading(text: string, newPage = false): Content {
  return { text, style: 'h1', outline: true, ...(newPage ? { pageBreak: 'before' } : {}) };
}

export const subheading = (text: string): Content => ({ text, style: 'h2', outline: true });

/** A column title: left for words, right above numbers (`>` prefix). */
const header = (texts: string[]) =>
  texts.map((text) =>
    text.startsWith('>')
      ? { text: text.slice(1), style: 'tableHeader', alignment: 'right' }
      : { text, style: 'tableHeader' },
  );
const right = (text: string) => ({ text, alignment: 'right' });

/** Light horizontal rules, header repeated on each page; a `>` before a column title aligns it right. */
export function tableNode(widths: (string | number)[], head: string[], body: Content[][]): Content {
  return {
    table: { headerRows: 1, widths, body: [header(head), ...body], dontBreakRows: true },
    layout: 'lightHorizontalLines',
    style: 'table',
  };
}

/** "raggiunto" / "non raggiunto" in words (and colour), never a symbol alone. */
export function metCell(met: boolean | null, f: Formatter): Content {
  if (met === null) return NOTHING;
  return met
    ? { text: f.t('report.met'), color: COLOURS.met, bold: true }
    : { text: f.t('report.missed'), color: COLOURS.missed, bold: true };
}

export function indicatorLabel(id: IndicatorId, f: Formatter): string {
  return f.t(`indicators.${id}.label`);
}

/** Indicators with value, previous period (when compared), target and whether it is met. */
export function indicatorsTable(values: IndicatorValue[], f: Formatter, compare: boolean): Content {
  const c = 'report.columns';
  const head = [f.t(`${c}.indicator`), `>${f.t(`${c}.value`)}`];
  if (compare) head.push(`>${f.t(`${c}.previous`)}`);
  head.push(`>${f.t(`${c}.target`)}`, f.t(`${c}.result`));
  const body = values.map((v) => {
    const unit = indicatorDefinition(v.id).unit;
    const row: Content[] = [indicatorLabel(v.id, f), right(f.value(v.value, unit))];
    if (compare) row.push(right(f.value(v.previous, unit)));
    row.push(right(f.value(v.target, unit)), metCell(v.met, f));
    return row;
  });
  const widths = compare ? ['*', 60, 60, 60, 70] : ['*', 70, 70, 80];
  return tableNode(widths, head, body);
}

/** One breakdown: label, count, share, previous count, rate per 1,000 residents (when any), and the total. */
export function breakdownTable(table: IndicatorTable, f: Formatter, compare: boolean): Content {
  const c = 'report.columns';
  const hasRate = table.rows.some((r) => r.rate !== null);
  const head = [f.t(`${c}.item`), `>${f.t(`${c}.value`)}`, `>${f.t(`${c}.share`)}`];
  if (compare) head.push(`>${f.t(`${c}.previous`)}`);
  if (hasRate) head.push(`>${f.t(`${c}.rate`)}`);
  const body = table.rows.map((r) => {
    // A share would give a suppressed count away (share × total).
    const share = f.isSuppressed(r.value) ? NOTHING : f.share(r.share);
    const row: Content[] = [r.label, right(f.count(r.value)), right(share)];
    if (compare) row.push(right(f.count(r.previous)));
    if (hasRate) row.push(right(f.number(r.rate, 2)));
    return row;
  });
  const total: Content[] = [{ text: f.t(`${c}.total`), bold: true }, right(f.count(table.total)), ''];
  if (compare) total.push('');
  if (hasRate) total.push('');
  const widths = ['*', 60, 50, ...(compare ? [70] : []), ...(hasRate ? [70] : [])];
  return tableNode(widths, head, [...body, total]);
}
