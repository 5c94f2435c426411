import { describe, expect, it } from 'vitest';
import { isolateLtr, visualWords, wrapWords } from './rtl';

const shown = (line: string) =>
  visualWords(line)
    .map((piece) => piece.text)
    .join('');

describe('right-to-left lines for the PDF engine', () => {
  it('puts Arabic words right to left and keeps times left to right', () => {
    // "Monday: from 09:00 to 12:00"; the Arabic words stay in reading order (fontkit reverses their letters).
    expect(shown('الاثنين: من 09:00 إلى 12:00')).toBe('12:00 إلى 09:00 من الاثنين:');
  });

  it('keeps isolated Italian data in its own order and puts final punctuation at the left end', () => {
    expect(shown(`الهاتف: ${isolateLtr('011 972 4211')}`)).toBe('011 972 4211 الهاتف:');
    expect(shown(`${isolateLtr('Comune di Carmagnola')} و ${isolateLtr('Consorzio CISA 31')}`)).toBe(
      'Consorzio CISA 31 و Comune di Carmagnola',
    );
    // "(tessera sanitaria)." at the end of an Arabic sentence: brackets mirrored, the full stop leftmost.
    expect(shown('الصحية (tessera sanitaria).')).toBe('.(tessera sanitaria) الصحية');
  });

  it('marks each piece with the script whose font draws it', () => {
    expect(visualWords('من 09:00').map((p) => p.script)).toEqual(['latin', 'latin', 'arabic']);
  });

  it('wraps by measured width, never splitting a word', () => {
    const lines = wrapWords('معلومات وإصغاء وتوجيه حول الخدمات الاجتماعية والاجتماعية الصحية', 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('معلومات وإصغاء وتوجيه حول الخدمات الاجتماعية والاجتماعية الصحية');
  });
});
