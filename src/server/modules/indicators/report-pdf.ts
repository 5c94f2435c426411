/**
 * The joint evaluation report of the pilot as PDF (pdfmake 0.3, server side):
 * cover, summary, one section per indicator group with charts and tables,
 * targets, the evaluators' notes, method and definitions. It reads only the
 * IndicatorReport it is given: no database, no network, no file but the fonts.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { INDICATOR_GROUPS } from '../../../shared/indicators';
import type { Language } from '../../../shared/roles';
import type { IndicatorReport } from '../../../shared/schemas/indicators';
import { methodSection, notesSection, targetsSection } from './report-closing';
import { type Formatter, makeFormatter } from './report-format';
import { coverSection, groupSection, summarySection } from './report-sections';
import { COLOURS, type Content } from './report-tables';

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (file: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

// pdfmake is CommonJS without types; resolved from node_modules both from src and from the bundled dist.
const require = createRequire(import.meta.url);
const FONTS_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

let pdfmake: PdfMake | null = null;

/** pdfmake is one shared instance: fonts from its own folder, and nothing else read or fetched. */
function printer(): PdfMake {
  if (pdfmake) return pdfmake;
  const instance = require('pdfmake') as PdfMake;
  const font = (file: string) => path.join(FONTS_DIR, file);
  instance.setFonts({
    Roboto: {
      normal: font('Roboto-Regular.ttf'),
      bold: font('Roboto-Medium.ttf'),
      italics: font('Roboto-Italic.ttf'),
      bolditalics: font('Roboto-MediumItalic.ttf'),
    },
  });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((file) => path.resolve(file).startsWith(FONTS_DIR + path.sep));
  pdfmake = instance;
  return instance;
}

export interface ReportPdfOptions {
  /** Small-cell suppression: counts 1–4 print as "<5". On unless a coordinator turned it off. */
  suppress?: boolean;
}

/** Let other requests run between sections: charts take a few milliseconds each. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function sections(report: IndicatorReport, f: Formatter): Promise<Content[]> {
  const content: Content[] = [coverSection(report, f), summarySection(report, f)];
  for (const group of INDICATOR_GROUPS) {
    await yieldToEventLoop();
    content.push(groupSection(group, report, f));
  }
  content.push(targetsSection(report, f), notesSection(report, f), methodSection(report, f));
  return content;
}

const STYLES = {
  title: { fontSize: 22, bold: true, margin: [0, 120, 0, 8] },
  subtitle: { fontSize: 14, color: COLOURS.muted },
  h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
  h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 4] },
  h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 2] },
  paragraph: { margin: [0, 0, 0, 8], lineHeight: 1.2 },
  muted: { color: COLOURS.muted, italics: true, margin: [0, 2, 0, 6] },
  table: { margin: [0, 4, 0, 10] },
  tableHeader: { bold: true, fontSize: 8.5 },
};

function footer(f: Formatter) {
  return (page: number, pages: number) => ({
    columns: [
      { text: f.t('report.footer'), color: COLOURS.muted },
      { text: f.t('report.page', { page, pages }), alignment: 'right', color: COLOURS.muted },
    ],
    fontSize: 8,
    margin: [40, 12, 40, 0],
  });
}

/** The joint evaluation report as a PDF file in the reader's language (Italian for the evaluation). */
export async function renderReportPdf(
  report: IndicatorReport,
  lang: Language,
  options: ReportPdfOptions = {},
): Promise<Buffer> {
  const f = makeFormatter(lang, options.suppress ?? true);
  const content = await sections(report, f);
  await yieldToEventLoop();
  const definition = {
    info: { title: f.t('report.title'), author: f.t('report.footer'), subject: f.t('report.summary') },
    language: lang === 'it' ? 'it-IT' : 'en-GB',
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    styles: STYLES,
    footer: footer(f),
    content,
  };
  return printer().createPdf(definition).getBuffer();
}
