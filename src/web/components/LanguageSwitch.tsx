/**
 * Italiano | English. Changes the interface at once; for a signed-in user the
 * choice is also saved (PUT /api/account/preferences) so the server words its
 * messages in it too.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/roles';
import type { SessionView } from '../../shared/schemas/accounts';
import { api } from '../api/client';
import { currentLanguage } from '../i18n';
import { SESSION_QUERY, useSession } from '../session/session';

const NAMES: Record<Language, string> = { it: 'Italiano', en: 'English' };

export function useSwitchLanguage() {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { user } = useSession();
  return async (locale: Language) => {
    await i18n.changeLanguage(locale);
    if (!user || user.locale === locale) return;
    await api.put('/api/account/preferences', { locale });
    queryClient.setQueryData<SessionView>(SESSION_QUERY, (view) =>
      view?.user ? { ...view, user: { ...view.user, locale } } : view,
    );
  };
}

export function LanguageSwitch() {
  const { t } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  const active = currentLanguage();
  return (
    <ul className="language-switch list-inline d-flex flex-nowrap mb-0" aria-label={t('app.language')}>
      {LANGUAGES.map((language) => (
        <li key={language} className="list-inline-item me-0">
          <button
            type="button"
            lang={language}
            className="btn btn-link btn-sm text-white"
            aria-pressed={language === active}
            onClick={() => void switchLanguage(language).catch(() => undefined)}
          >
            {NAMES[language]}
          </button>
        </li>
      ))}
    </ul>
  );
}
