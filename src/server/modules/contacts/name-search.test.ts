import { describe, expect, it } from 'vitest';
import { editDistance, nameKey, nameScore, nameTokens, phoneKey, trigrams } from './name-search';

describe('name search', () => {
  it('normalises accents, case, apostrophes and order', () => {
    expect(nameTokens("  D'Angelo-Ruà  ")).toEqual(['d', 'angelo', 'rua']);
    expect(nameKey('Rossi', 'Mario')).toBe(nameKey('MARIO', 'rossì'));
  });

  it('forgives typos, swaps and prefixes, not other names', () => {
    const stored = nameTokens('Esposito Maria Grazia');
    expect(nameScore(nameTokens('esposito maria'), stored)).toBeGreaterThan(0.9);
    expect(nameScore(nameTokens('maria esposito'), stored)).toBeGreaterThan(0.9);
    expect(nameScore(nameTokens('esposto'), stored)).toBeGreaterThan(0.6); // a letter missing
    expect(nameScore(nameTokens('espositi mraia'), stored)).toBeGreaterThan(0.6); // typo + swapped letters
    expect(nameScore(nameTokens('espo'), stored)).toBeGreaterThan(0.8); // typing
    expect(nameScore(nameTokens('bianchi'), stored)).toBe(0);
    expect(nameScore(nameTokens('esposito luca'), stored)).toBe(0);
  });

  it('counts adjacent swaps as one edit', () => {
    expect(editDistance('mraia', 'maria')).toBe(1);
    expect(editDistance('rossi', 'rosi')).toBe(1);
  });

  it('indexes words by boundary trigrams', () => {
    expect(trigrams(['ab'])).toEqual(['^ab', 'ab$']);
    expect(trigrams(['rossi'])).toEqual(['^ro', 'ros', 'oss', 'ssi', 'si$']);
  });

  it('compares phones by digits without the Italian prefix', () => {
    expect(phoneKey('+39 333 123 4567')).toBe('3331234567');
    expect(phoneKey('0039-333-1234567')).toBe('3331234567');
    expect(phoneKey('011 123456')).toBe('011123456');
    expect(phoneKey('')).toBeNull();
  });
});
