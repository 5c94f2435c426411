/**
 * Line wrapping by measured words, and right-to-left lines for the PDF engine.
 * pdfmake has no bidi support (it lays words out left to right in the order
 * written), but fontkit shapes an Arabic word and reverses its glyphs. So an
 * Arabic paragraph is wrapped here, each line's words are put in display
 * order with the Unicode bidi algorithm (bidi-js: Latin names and times
 * inside Arabic keep their own left-to-right order), and the line is handed
 * over word by word, never wrapped again.
 */
import { createRequire } from 'node:module';
import { measure, type Script, scriptOf } from './fonts';

interface BidiLib {
  getEmbeddingLevels(text: string, direction: 'ltr' | 'rtl'): { levels: Uint8Array };
  getMirroredCharacter(char: string): string | null;
}
let bidi: BidiLib | null = null;
function bidiLib(): BidiLib {
  if (!bidi) {
    const factory = createRequire(import.meta.url)('bidi-js') as (() => BidiLib) | { default: () => BidiLib };
    bidi = typeof factory === 'function' ? factory() : factory.default();
  }
  return bidi;
}

/** Greedy wrapping in reading order: each line as wide as the width allows (a longer word stands alone). */
export function wrapWords(text: string, width: number, size: number, bold = false): string[] {
  const space = measure(' ', size, bold);
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = measure(word, size, bold);
    if (line.length > 0 && used + space + w > width) {
      lines.push(line.join(' '));
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? space : 0) + w;
    line.push(word);
  }
  if (line.length > 0) lines.push(line.join(' '));
  return lines;
}

/** Unicode's directional isolates (LRI, RLI, FSI, PDI). */
const ISOLATES = /[\u2066-\u2069]/;

/** Latin data (a phone number, an organisation's name) kept in its own order inside a right-to-left sentence. */
export const isolateLtr = (text: string): string => `\u2066${text}\u2069`;

export interface VisualWord {
  text: string;
  script: Script;
}

/**
 * The pieces of one right-to-left line in display order, left to right: runs
 * of one bidi level, split at spaces (spaces are pieces too), reordered by
 * UAX #9 rule L2. Arabic pieces stay in reading order (fontkit reverses their
 * glyphs when it shapes them); right-to-left punctuation is reversed and its
 * brackets mirrored here.
 */
export function visualWords(line: string): VisualWord[] {
  const lib = bidiLib();
  const { levels } = lib.getEmbeddingLevels(line, 'rtl');
  const pieces: { text: string; level: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    const last = pieces.at(-1);
    const char = line[i] as string;
    if (ISOLATES.test(char)) continue; // they have done their work on the levels; fonts have no glyph for them
    const joins = last && last.level === levels[i] && char !== ' ' && !last.text.endsWith(' ');
    if (joins) last.text += char;
    else pieces.push({ text: char, level: levels[i] as number });
  }
  if (pieces.length === 0) return [];
  const all = pieces.map((p) => p.level);
  const highest = Math.max(...all);
  const lowest = Math.min(...all);
  const lowestOdd = lowest % 2 === 1 ? lowest : lowest + 1;
  let order = pieces;
  for (let level = highest; level >= lowestOdd; level--) {
    const next: typeof pieces = [];
    let run: typeof pieces = [];
    for (const piece of order) {
      if (piece.level >= level) run.push(piece);
      else {
        next.push(...run.reverse(), piece);
        run = [];
      }
    }
    next.push(...run.reverse());
    order = next;
  }
  return order.map(({ text, level }) => {
    const script = scriptOf(text);
    if (level % 2 === 0 || script === 'arabic') return { text, script };
    const mirrored = [...text].map((c) => lib.getMirroredCharacter(c) ?? c).reverse();
    return { text: mirrored.join(''), script };
  });
}
