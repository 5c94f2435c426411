/**
 * The message catalogues, one JSON file per language so translators can review
 * them without reading code. Server and web load the same files.
 */
import type { Language } from '../roles';
import en from './locales/en.json';
import it from './locales/it.json';

export const CATALOGUES: Record<Language, typeof it> = { it, en };

/** Pick the best supported language from an Accept-Language header. */
export function languageFromHeader(header: string | undefined, fallback: Language = 'it'): Language {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.lang && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { lang } of ranked) {
    if (lang === 'it' || lang === 'en') return lang;
  }
  return fallback;
}
