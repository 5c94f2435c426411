/**
 * The web app's i18next: the same catalogues the server words its messages
 * with (src/shared/i18n), Italian first. The language is the one the person
 * picked (kept in localStorage, or ?lang=en), else the page's own `lang`
 * (Italian); a signed-in user's saved preference wins once the session loads.
 * `<html lang>` and zod's built-in messages follow every change.
 */
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import it from 'zod/v4/locales/it.js';
import { CATALOGUES } from '../../shared/i18n';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/roles';

const ZOD_LOCALES: Record<Language, () => { localeError: z.core.$ZodErrorMap }> = { it, en };

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  const current = asLanguage(language);
  document.documentElement.lang = current;
  z.config(ZOD_LOCALES[current]());
});

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { it: { translation: CATALOGUES.it }, en: { translation: CATALOGUES.en } },
    supportedLngs: [...LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    interpolation: { escapeValue: false },
    detection: {
      order: ['querystring', 'localStorage', 'htmlTag'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: 'sportello.language',
      caches: ['localStorage'],
    },
  });

export function asLanguage(value: string | undefined): Language {
  const short = value?.slice(0, 2);
  return LANGUAGES.find((language) => language === short) ?? DEFAULT_LANGUAGE;
}

export function currentLanguage(): Language {
  return asLanguage(i18n.resolvedLanguage ?? i18n.language);
}
