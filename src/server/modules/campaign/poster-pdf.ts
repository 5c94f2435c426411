/**
 * The printed campaign materials as PDF (pdfmake 0.3): the A4 poster and the
 * A6 flyer, in one language or Italian plus one. They read only the texts and
 * the QR code they are given and the bundled fonts: no database, no network.
 * Arabic paragraphs are wrapped and ordered by rtl.ts (pdfmake has no bidi).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ALL_FONT_FILES, FONT_FILES, hasArabic } from './fonts';
import type { MaterialTexts } from './material-text';
import type { QrCode } from './qr';
import { visualWords, wrapWords } from './rtl';

type Content = Record<string, unknown>;
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (file: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const COLOURS = { primary: '#0066CC', text: '#1A1A1A', muted: '#4D5A66', tint: '#E6F0FA', white: '#FFFFFF' };
const FAMILY = { latin: 'Titillium', arabic: 'NotoArabic' } as const;

let instance: PdfMake | null = null;

/** A pdfmake instance of our own: the shared one carries the report's fonts and policies. */
function printer(): PdfMake {
  if (instance) return instance;
  const shared = createRequire(import.meta.url)('pdfmake') as PdfMake;
  const own = new (shared.constructor as new () => PdfMake)();
  const { latin, arabic } = FONT_FILES;
  own.setFonts({
    [FAMILY.latin]: {
      normal: latin.regular,
      bold: latin.bold,
      italics: latin.italic,
      bolditalics: latin.bold,
    },
    [FAMILY.arabic]: {
      normal: arabic.regular,
      bold: arabic.bold,
      italics: arabic.regular,
      bolditalics: arabic.bold,
    },
  });
  own.setUrlAccessPolicy(() => false);
  own.setLocalAccessPolicy((file) => ALL_FONT_FILES.includes(path.resolve(file)));
  instance = own;
  return own;
}

interface Style {
  size: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center';
  margin?: number[];
}

/** One paragraph in the language's direction, wrapped to `width` points. */
function para(text: string, texts: MaterialTexts, width: number, style: Style): Content {
  const base = { fontSize: style.size, bold: style.bold ?? false, color: style.color ?? COLOURS.text };
  if (!texts.isRtl || !hasArabic(text)) {
    // Latin alone (an address) reads left to right even on an Arabic page, aligned with the Arabic lines.
    const alignment = style.align ?? (texts.isRtl ? 'right' : 'left');
    return { ...base, text, alignment, margin: style.margin ?? [0, 0, 0, 0] };
  }
  const lines = wrapWords(text, width, style.size, style.bold).map((line) => ({
    ...base,
    noWrap: true,
    // Noto Sans Arabic's line box is much taller than Titillium's: tighten it to the same rhythm.
    lineHeight: 0.8,
    alignment: style.align === 'center' ? 'center' : 'right',
    // One inline per piece: pdfmake would otherwise split at spaces and fontkit reverse them with the words.
    text: visualWords(line).map((piece) => ({ text: piece.text, font: FAMILY[piece.script] })),
  }));
  return { stack: lines, margin: style.margin ?? [0, 0, 0, 0] };
}

/** Sizes of one layout: the poster's, the flyer's, or a bilingual poster's column. */
interface Scale {
  page: 'A4' | 'A6';
  margin: number;
  headline: number;
  desk: number;
  subtitle: number;
  key: number;
  heading: number;
  body: number;
  small: number;
  qr: number;
  gap: number;
}

const POSTER: Scale = {
  page: 'A4',
  margin: 36,
  headline: 50,
  desk: 24,
  subtitle: 17,
  key: 17,
  heading: 18,
  body: 14.5,
  small: 10,
  qr: 190,
  gap: 14,
};
const FLYER: Scale = {
  page: 'A6',
  margin: 14,
  headline: 20,
  desk: 10.5,
  subtitle: 7.5,
  key: 7.5,
  heading: 8.5,
  body: 7.5,
  small: 5.5,
  qr: 82,
  gap: 5,
};
const PAGE_WIDTH = { A4: 595.28, A6: 297.64 };
const contentWidth = (s: Scale) => PAGE_WIDTH[s.page] - 2 * s.margin;

/** The blue band on top: "Sportello Sociale" and the desk's name. */
function header(texts: MaterialTexts, deskName: string, width: number, s: Scale): Content {
  const inner = width - 2 * s.gap;
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            fillColor: COLOURS.primary,
            margin: [s.gap, s.gap * 0.8, s.gap, s.gap],
            stack: [
              para(texts.headline, texts, inner, {
                size: s.headline,
                bold: true,
                color: COLOURS.white,
                align: 'center',
              }),
              para(deskName, { ...texts, isRtl: false }, inner, {
                size: s.desk,
                color: COLOURS.white,
                align: 'center',
              }),
            ],
          },
        ],
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, 0, s.gap],
  };
}

/** Free, no booking, organisations together: three tinted boxes of equal height, in reading order. */
function keyPoints(texts: MaterialTexts, width: number, s: Scale): Content {
  const cell = (width - 2 * s.gap) / 3;
  const boxes = [texts.free, texts.noBooking, texts.together].map((text) => ({
    fillColor: COLOURS.tint,
    margin: [s.gap / 2, s.gap / 2, s.gap / 2, s.gap / 2],
    stack: [para(text, texts, cell - s.gap, { size: s.key, bold: true, align: 'center' })],
  }));
  const gap = { text: '' };
  const cells = texts.isRtl ? boxes.reverse() : boxes;
  const none = () => 0;
  return {
    table: { widths: ['*', s.gap, '*', s.gap, '*'], body: [[cells[0], gap, cells[1], gap, cells[2]]] },
    layout: {
      hLineWidth: none,
      vLineWidth: none,
      paddingLeft: none,
      paddingRight: none,
      paddingTop: none,
      paddingBottom: none,
    },
    margin: [0, 0, 0, s.gap],
  };
}

function section(texts: MaterialTexts, heading: string, lines: string[], width: number, s: Scale): Content[] {
  return [
    para(heading, texts, width, {
      size: s.heading,
      bold: true,
      color: COLOURS.primary,
      margin: [0, s.gap / 2, 0, 2],
    }),
    ...lines.map((line) => para(line, texts, width, { size: s.body })),
  ];
}

/** When, closures, where, contacts: the column beside the QR code. */
function details(texts: MaterialTexts, width: number, s: Scale): Content[] {
  return [
    ...section(texts, texts.whenHeading, texts.hours, width, s),
    ...section(texts, texts.closuresHeading, texts.closures, width, s),
    ...section(texts, texts.whereHeading, [texts.address], width, s),
    ...(texts.contacts.length > 0 ? section(texts, texts.contactsHeading, texts.contacts, width, s) : []),
  ];
}

/** The QR code drawn as rectangles: pdfmake's SVG path takes several times longer to render. */
function qrCanvas(qr: QrCode, width: number): Content {
  const m = width / qr.size;
  // A hair of overlap so no viewer shows seams between rows.
  const canvas = qr.runs.map((r) => ({
    type: 'rect',
    x: r.x * m,
    y: r.y * m,
    w: r.length * m + 0.1,
    h: m + 0.1,
    color: '#000000',
  }));
  return { canvas, width, height: width };
}

function qrBlock(qr: QrCode, url: string, scans: MaterialTexts[], s: Scale): Content {
  return {
    width: s.qr,
    stack: [
      qrCanvas(qr, s.qr),
      { text: url, fontSize: s.small, alignment: 'center', color: COLOURS.muted, margin: [0, 4, 0, 2] },
      ...scans.map((texts) => para(texts.scan, texts, s.qr, { size: s.small, align: 'center' })),
    ],
  };
}

/** One language on one page: the single-language poster, each face of the flyer. */
function singlePage(texts: MaterialTexts, deskName: string, qr: QrCode, url: string, s: Scale): Content[] {
  const width = contentWidth(s);
  const side = width - s.qr - s.gap;
  const columns = [{ width: side, stack: details(texts, side, s) }, qrBlock(qr, url, [texts], s)];
  return [
    header(texts, deskName, width, s),
    para(texts.subtitle, texts, width, { size: s.subtitle, color: COLOURS.muted, margin: [0, 0, 0, s.gap] }),
    keyPoints(texts, width, s),
    { columns: texts.isRtl ? columns.reverse() : columns, columnGap: s.gap, margin: [0, 0, 0, s.gap] },
    para(texts.bring, texts, width, { size: s.body, bold: true }),
  ];
}

/** Italian and one more language side by side on one A4 page (Italian first), one QR code. */
function bilingualPoster(pair: [MaterialTexts, MaterialTexts], deskName: string, qr: QrCode, url: string) {
  const s: Scale = {
    ...POSTER,
    headline: 38,
    desk: 19,
    subtitle: 11.5,
    key: 11.5,
    heading: 13,
    body: 11,
    qr: 150,
    gap: 11,
  };
  const width = contentWidth(s);
  const column = (width - s.gap) / 2;
  const block = (texts: MaterialTexts) => ({
    width: column,
    stack: [
      para(texts.subtitle, texts, column, { size: s.subtitle, color: COLOURS.muted, margin: [0, 0, 0, 6] }),
      ...[texts.free, texts.noBooking, texts.together].map((line) =>
        para(line, texts, column, { size: s.key, bold: true, margin: [0, 0, 0, 2] }),
      ),
      ...details(texts, column, s),
      para(texts.bring, texts, column, { size: s.body, bold: true, margin: [0, s.gap / 2, 0, 0] }),
    ],
  });
  const [it] = pair;
  return [
    header(it, deskName, width, s),
    { columns: pair.map(block), columnGap: s.gap, margin: [0, 0, 0, s.gap] },
    {
      columns: [
        { width: s.qr, stack: [qrCanvas(qr, s.qr)] },
        {
          width: '*',
          stack: [
            { text: url, fontSize: s.body, color: COLOURS.muted, margin: [0, 0, 0, s.gap] },
            ...pair.map((texts) =>
              para(texts.scan, texts, width - s.qr - s.gap, { size: s.body, margin: [0, 0, 0, s.gap / 2] }),
            ),
          ],
        },
      ],
      columnGap: s.gap,
    },
  ];
}

export interface PdfMaterial {
  kind: 'poster' | 'flyer';
  /** One language, or Italian first and another. */
  texts: MaterialTexts[];
  deskName: string;
  qr: QrCode;
  url: string;
}

/** The poster (A4) or flyer (A6; bilingual: Italian on the front, the other language on the back). */
export async function renderMaterialPdf(material: PdfMaterial): Promise<Buffer> {
  const { kind, texts, deskName, qr, url } = material;
  const scale = kind === 'poster' ? POSTER : FLYER;
  const content =
    kind === 'poster' && texts.length === 2
      ? bilingualPoster(texts as [MaterialTexts, MaterialTexts], deskName, qr, url)
      : texts.map((t, i) => ({
          stack: singlePage(t, deskName, qr, url, scale),
          ...(i > 0 ? { pageBreak: 'before' } : {}),
        }));
  const first = texts[0]!;
  const definition = {
    info: { title: `${first.headline} – ${deskName}`, author: first.runBy, subject: first.subtitle },
    language: first.lang,
    pageSize: scale.page,
    pageMargins: [scale.margin, scale.margin, scale.margin, scale.margin],
    defaultStyle: { font: FAMILY.latin, lineHeight: 1 },
    content,
  };
  return printer().createPdf(definition).getBuffer();
}
