/**
 * The text the full-text index holds and the terms a search looks for,
 * normalised here identically for both engines: lower case, accents removed
 * ("pietà" finds "pieta" and the reverse), anything but letters and digits a
 * separator. Pure.
 */

/** Lower case, no diacritics, words of [a-z0-9] separated by single spaces. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const MAX_TERMS = 8;

/** The words of a query, each matched as a word prefix (so results follow the typing). */
export function searchTerms(query: string | undefined): string[] {
  if (!query) return [];
  return [...new Set(normaliseForSearch(query).split(' ').filter(Boolean))].slice(0, MAX_TERMS);
}
