/**
 * The kiosk's languages, each named in itself (Italiano, English, Français,
 * العربية) and marked with its own lang, so no flag has to stand for a language.
 */
import { useTranslation } from 'react-i18next';
import { KIOSK_LANGUAGES, type KioskLanguage } from '../../../shared/i18n';
import { directionOf } from '../../i18n/kiosk';

export const LANGUAGE_NAMES: Record<KioskLanguage, string> = {
  it: 'Italiano',
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
};

export function KioskLanguages({ onChoose }: { onChoose: (language: KioskLanguage) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <nav aria-label={t('kiosk.language')}>
      <ul className="kiosk-languages list-unstyled mb-0">
        {KIOSK_LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              className="kiosk-language"
              lang={language}
              dir={directionOf(language)}
              aria-pressed={i18n.language === language}
              onClick={() => onChoose(language)}
            >
              {LANGUAGE_NAMES[language]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
