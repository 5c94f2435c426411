/**
 * The fonts of the campaign materials, read from packages in node_modules so
 * the output never depends on the machine: Titillium Web (the Italian public
 * administration's typeface, shipped by bootstrap-italia) for Latin scripts,
 * Noto Sans Arabic for Arabic. fontkit measures words for the Arabic line
 * wrapping; it is loaded on first use, not at start-up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const TITILLIUM_DIR = path.join(packageDir('bootstrap-italia'), 'dist', 'fonts', 'Titillium_Web');
const NOTO_ARABIC_DIR = packageDir('@expo-google-fonts/noto-sans-arabic');
const titillium = (weight: string) =>
  path.join(TITILLIUM_DIR, `titillium-web-v10-latin-ext_latin-${weight}.ttf`);

export const FONT_FILES = {
  latin: { regular: titillium('regular'), bold: titillium('700'), italic: titillium('italic') },
  arabic: {
    regular: path.join(NOTO_ARABIC_DIR, '400Regular', 'NotoSansArabic_400Regular.ttf'),
    bold: path.join(NOTO_ARABIC_DIR, '700Bold', 'NotoSansArabic_700Bold.ttf'),
  },
} as const;

/** Every file the materials may read: the PDF engine is allowed these and nothing else. */
export const ALL_FONT_FILES: readonly string[] = [
  ...Object.values(FONT_FILES.latin),
  ...Object.values(FONT_FILES.arabic),
];

/** Family names inside the files, as SVG text asks for them. */
export const FONT_FAMILIES = { latin: 'Titillium Web', arabic: 'Noto Sans Arabic' } as const;

export type Script = keyof typeof FONT_FAMILIES;

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
export const hasArabic = (text: string): boolean => ARABIC.test(text);
export const scriptOf = (text: string): Script => (hasArabic(text) ? 'arabic' : 'latin');

interface FontkitFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}
interface Fontkit {
  create(buffer: Buffer): FontkitFont;
}

let fontkit: Fontkit | null = null;
const opened = new Map<string, FontkitFont>();

function font(script: Script, bold: boolean): FontkitFont {
  const file = bold ? FONT_FILES[script].bold : FONT_FILES[script].regular;
  let loaded = opened.get(file);
  if (!loaded) {
    fontkit ??= require('fontkit') as Fontkit;
    loaded = fontkit.create(readFileSync(file));
    opened.set(file, loaded);
  }
  return loaded;
}

/** The width of a word at a size (points or pixels), shaped as the PDF and image engines will shape it. */
export function measure(text: string, size: number, bold = false): number {
  const visible = text.replace(/[\u2066-\u2069]/g, ''); // bidi controls take no room
  const f = font(scriptOf(visible), bold);
  return (f.layout(visible).advanceWidth * size) / f.unitsPerEm;
}
