/**
 * The public site's catalogues: one JSON file per language (it, en, fr, ro,
 * sq, ar) beside this file, so a translator reviews one file without reading
 * code. Pages, campaign materials and the staff app's previews share them.
 * Anything missing in a language falls back to Italian.
 */
import i18next, { type TFunction } from 'i18next';
import { PUBLIC_LANGUAGES, type PublicLanguage } from '../../public';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';
import it from './it.json';
import ro from './ro.json';
import sq from './sq.json';

export const PUBLIC_CATALOGUES: Record<PublicLanguage, typeof it> = { it, en, fr, ro, sq, ar };

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(
    PUBLIC_LANGUAGES.map((lang) => [lang, { translation: PUBLIC_CATALOGUES[lang] }]),
  ),
  lng: 'it',
  fallbackLng: 'it',
  initAsync: false,
  interpolation: { escapeValue: false },
});

const fixed = Object.fromEntries(PUBLIC_LANGUAGES.map((lang) => [lang, i18n.getFixedT(lang)])) as Record<
  PublicLanguage,
  TFunction
>;

export type PublicT = (key: string, params?: Record<string, unknown>) => string;

/** A translator for one public language; keys are paths in the catalogue, e.g. `home.heading`. */
export function publicT(lang: PublicLanguage): PublicT {
  return (key, params = {}) => fixed[lang](key, params) as string;
}
