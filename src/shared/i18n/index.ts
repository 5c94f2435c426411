/**
 * The message catalogues, one JSON file per language so translators can review
 * them without reading code. Server and web load the same files.
 *
 * Staff use Italian or English (CATALOGUES, complete). The kiosk and the
 * waiting-room display also speak French and Arabic: KIOSK_CATALOGUES adds
 * fr.json and ar.json, which hold only what a visitor reads there (kiosk,
 * display, priority reasons); anything missing falls back to Italian.
 */
import type { Language } from '../roles';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import it from './locales/it.json';

export const CATALOGUES: Record<Language, typeof it> = { it, en };

/** The languages a visitor can pick at the kiosk, in the order they are offered. */
export const KIOSK_LANGUAGES = ['it', 'en', 'fr', 'ar'] as const;
export type KioskLanguage = (typeof KIOSK_LANGUAGES)[number];

/** Languages written right to left. */
export const RTL_LANGUAGES: readonly KioskLanguage[] = ['ar'];

export const KIOSK_CATALOGUES: Record<KioskLanguage, object> = { it, en, fr, ar };

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
