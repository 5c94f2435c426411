/**
 * Finding people by name the way operators type them: accents and case do not
 * matter, a typo or two is forgiven, surname and name may come in any order,
 * and the beginning of a word is enough while typing. Names are split into
 * words; each word is indexed by its trigrams (with word-boundary marks), so
 * the database narrows the candidates with a plain index on both engines and
 * the score below ranks them.
 */
import { normaliseName } from '../../../shared/contacts';

export function nameTokens(value: string): string[] {
  return normaliseName(value).split(' ').filter(Boolean);
}

/** Order-independent key: "Rossi Mario" and "Mario Rossi" give the same key. */
export function nameKey(familyName: string, givenName: string): string {
  return nameTokens(`${familyName} ${givenName}`).sort().join(' ');
}

export function trigrams(tokens: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const token of tokens) {
    const padded = `^${token}$`;
    if (padded.length <= 3) grams.add(padded);
    for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  }
  return [...grams];
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** How well one typed word matches one stored word, 0–1: a prefix while typing counts almost as a match. */
function wordScore(typed: string, stored: string): number {
  if (typed === stored) return 1;
  if (typed.length >= 2 && stored.startsWith(typed)) return 0.9;
  const distance = editDistance(typed, stored);
  // One edit per four letters is tolerated; beyond that it is another name.
  if (distance > Math.max(1, Math.floor(stored.length / 4))) {
    // A typo inside a prefix being typed ("rosi" for "rossini").
    const head = stored.slice(0, typed.length + 1);
    const prefixDistance = Math.min(
      editDistance(typed, head),
      editDistance(typed, head.slice(0, typed.length)),
    );
    return typed.length >= 4 && prefixDistance <= 1 ? 0.7 : 0;
  }
  return 1 - distance / Math.max(typed.length, stored.length);
}

/**
 * Every typed word must find its own stored word (in any order); the score is
 * the mean of the best assignment. 0 when some typed word matches nothing.
 */
export function nameScore(typed: readonly string[], stored: readonly string[]): number {
  if (typed.length === 0 || stored.length === 0) return 0;
  let best = 0;
  const used = new Array<boolean>(stored.length).fill(false);
  const search = (index: number, total: number) => {
    if (index === typed.length) {
      best = Math.max(best, total / typed.length);
      return;
    }
    for (let j = 0; j < stored.length; j += 1) {
      if (used[j]) continue;
      const score = wordScore(typed[index]!, stored[j]!);
      if (score === 0) continue;
      used[j] = true;
      search(index + 1, total + score);
      used[j] = false;
    }
  };
  if (typed.length <= stored.length) search(0, 0);
  return best;
}

/** Digits only, without the Italian country prefix: how phones are compared. */
export function phoneKey(value: string | null | undefined): string | null {
  if (!value) return null;
  let digits = value.replace(/\D+/g, '');
  if (digits.startsWith('0039')) digits = digits.slice(4);
  else if (digits.startsWith('39') && digits.length > 10) digits = digits.slice(2);
  return digits || null;
}
