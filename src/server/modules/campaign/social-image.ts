/**
 * The social media image (1200×630 PNG, the size link previews use): an SVG
 * built here and rendered by resvg with the bundled fonts only (no system
 * fonts, so every machine draws the same picture). resvg applies the bidi
 * algorithm and Arabic shaping itself: Arabic lines are written in reading
 * order and anchored at the right edge.
 */
import { createRequire } from 'node:module';
import { ALL_FONT_FILES, FONT_FAMILIES, hasArabic } from './fonts';
import type { MaterialTexts } from './material-text';
import { type QrCode, qrSvgPath } from './qr';
import { wrapWords } from './rtl';

export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;
const MARGIN = 56;
const QR_SIZE = 280;
const BAND = 200;
const COLOURS = { primary: '#0066CC', text: '#1A1A1A', muted: '#4D5A66', white: '#FFFFFF' };

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  color?: string;
  /** Space above the line, beyond its own height. */
  gap?: number;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

function textElement(line: Line, x: number, y: number, rtl: boolean, anchor: 'start' | 'middle'): string {
  // Noto Sans Arabic has Latin letters too, wider than Titillium's: Latin-only lines ask for Titillium first.
  const family = hasArabic(line.text)
    ? `${FONT_FAMILIES.arabic}, ${FONT_FAMILIES.latin}`
    : `${FONT_FAMILIES.latin}, ${FONT_FAMILIES.arabic}`;
  const attributes = [
    `x="${x}"`,
    `y="${y}"`,
    `font-family="${family}"`,
    `font-size="${line.size}"`,
    `font-weight="${line.bold ? 700 : 400}"`,
    `fill="${line.color ?? COLOURS.text}"`,
    `text-anchor="${anchor === 'middle' ? 'middle' : rtl ? 'end' : 'start'}"`,
    ...(rtl ? ['direction="rtl"'] : []),
  ];
  return `<text ${attributes.join(' ')}>${escapeXml(line.text)}</text>`;
}

/** What one language says in the text column. */
function linesOf(texts: MaterialTexts, width: number, compact: boolean): Line[] {
  const k = compact ? 0.8 : 1;
  const wrap = (text: string, size: number, bold = false) =>
    wrapWords(text, width, size, bold).map((part) => ({ text: part, size, bold }));
  return [
    ...wrap(`${texts.free} · ${texts.noBooking}`, 44 * k, true).map((l) => ({
      ...l,
      color: COLOURS.primary,
    })),
    { text: texts.whenHeading, size: 28 * k, bold: true, color: COLOURS.muted, gap: 16 * k },
    ...texts.hours.slice(0, 3).flatMap((line) => wrap(line, 36 * k)),
  ];
}

export interface SocialMaterial {
  /** One language, or Italian first and another. */
  texts: MaterialTexts[];
  deskName: string;
  qr: QrCode;
}

/** The SVG of the image; exported for tests and previews. */
export function socialSvg({ texts, deskName, qr }: SocialMaterial): string {
  const { width, height } = SOCIAL_SIZE;
  const main = texts.at(-1)!;
  const rtl = main.isRtl;
  const columnWidth = width - 2 * MARGIN - QR_SIZE - 48;
  const qrLeft = rtl ? MARGIN : width - MARGIN - QR_SIZE;
  // The text column sits opposite the QR code; each line starts at the column's edge in its own direction.
  const columnLeft = rtl ? width - MARGIN - columnWidth : MARGIN;
  const compact = texts.length > 1;
  const lines: { line: Line; rtl: boolean }[] = [];
  for (const t of texts) {
    for (const line of linesOf(t, columnWidth, compact)) lines.push({ line, rtl: t.isRtl });
  }
  const addressSize = compact ? 24 : 30;
  const address = wrapWords(main.address, columnWidth, addressSize).slice(0, 2);
  lines.push(
    ...address.map((text, i) => ({
      line: { text, size: addressSize, color: COLOURS.muted, gap: i === 0 ? 18 : 0 },
      // Alone, an Arabic image is right-aligned throughout; beside Italian the address reads as Italian.
      rtl: rtl && !compact,
    })),
  );
  const body: string[] = [];
  let y = BAND + 30;
  for (const { line, rtl: isRtl } of lines) {
    y += (line.gap ?? 0) + line.size * 1.2;
    const x = isRtl ? columnLeft + columnWidth : columnLeft;
    body.push(textElement(line, x, Math.round(y), isRtl, 'start'));
  }
  const qrTop = BAND + (height - BAND - QR_SIZE) / 2;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.white}"/>`,
    `<rect width="${width}" height="${BAND}" fill="${COLOURS.primary}"/>`,
    textElement(
      { text: main.headline, size: 84, bold: true, color: COLOURS.white },
      width / 2,
      100,
      rtl,
      'middle',
    ),
    textElement({ text: deskName, size: 40, color: COLOURS.white }, width / 2, 160, false, 'middle'),
    ...body,
    `<rect x="${qrLeft - 12}" y="${qrTop - 12}" width="${QR_SIZE + 24}" height="${QR_SIZE + 24}" fill="${COLOURS.white}" stroke="${COLOURS.primary}" stroke-width="4"/>`,
    qrSvgPath(qr, qrLeft, qrTop, QR_SIZE),
    '</svg>',
  ].join('');
}

interface ResvgModule {
  Resvg: new (
    svg: string,
    options: Record<string, unknown>,
  ) => { render(): { asPng(): Buffer; width: number; height: number } };
}

/** The image as PNG; resvg loads on first use. */
export async function renderSocialPng(material: SocialMaterial): Promise<Buffer> {
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  const resvg = new Resvg(socialSvg(material), {
    font: {
      fontFiles: [...ALL_FONT_FILES],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILIES.latin,
    },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}
