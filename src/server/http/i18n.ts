/** Server-side translation of error messages, from the catalogues the web app also uses. */
import i18next, { type TFunction } from 'i18next';
import { z } from 'zod';
import { CATALOGUES } from '../../shared/i18n';
import type { Language } from '../../shared/roles';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { it: { translation: CATALOGUES.it }, en: { translation: CATALOGUES.en } },
  lng: 'it',
  fallbackLng: 'it',
  initAsync: false,
  interpolation: { escapeValue: false },
});

const fixed = { it: i18n.getFixedT('it'), en: i18n.getFixedT('en') } satisfies Record<Language, TFunction>;
const zodWords = { it: z.locales.it().localeError, en: z.locales.en().localeError };

export function translate(lang: Language, key: string, params: Record<string, unknown> = {}): string {
  return fixed[lang](key, params) as string;
}

/** Word one zod issue: our own keys through the catalogue, zod's built-in checks through its locale. */
export function issueMessage(lang: Language, issue: z.core.$ZodIssue): string {
  if (issue.message.startsWith('validation.')) return translate(lang, issue.message);
  const worded = zodWords[lang](issue as never);
  if (typeof worded === 'string') return worded;
  return worded?.message ?? issue.message;
}
