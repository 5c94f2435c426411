/**
 * The i18next of the kiosk and the waiting-room display: its own instance, so
 * a visitor choosing Arabic at the kiosk never changes a staff member's
 * language (nor is remembered by the browser). Italian, English, French and
 * Arabic; what fr/ar lack falls back to Italian.
 */
import i18next from 'i18next';
import { KIOSK_CATALOGUES, KIOSK_LANGUAGES, type KioskLanguage, RTL_LANGUAGES } from '../../shared/i18n';

export const kioskI18n = i18next.createInstance();

void kioskI18n.init({
  resources: Object.fromEntries(
    KIOSK_LANGUAGES.map((language) => [language, { translation: KIOSK_CATALOGUES[language] }]),
  ),
  lng: 'it',
  fallbackLng: 'it',
  supportedLngs: [...KIOSK_LANGUAGES],
  initAsync: false,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

export function asKioskLanguage(value: string | null | undefined): KioskLanguage | null {
  return KIOSK_LANGUAGES.find((language) => language === value) ?? null;
}

export function directionOf(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.includes(language as KioskLanguage) ? 'rtl' : 'ltr';
}

/** The locale for dates and numbers: Arabic with Western digits, like the ticket codes it sits beside. */
export function intlLocale(language: string): string {
  return language === 'ar' ? 'ar-u-nu-latn' : language;
}
