/** The interface language, saved to my account so the server answers in it too. */
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSwitchLanguage } from '../../components/LanguageSwitch';
import { Notice } from '../../components/Notice';
import { currentLanguage } from '../../i18n';

export function LanguageSection() {
  const { t } = useTranslation();
  const switchLanguage = useSwitchLanguage();
  const [choice, setChoice] = useState<Language>(currentLanguage());
  const [status, setStatus] = useState<{ saved?: boolean; error?: unknown }>({});

  const save = async () => {
    setStatus({});
    try {
      await switchLanguage(choice);
      setStatus({ saved: true });
    } catch (error) {
      setStatus({ error });
    }
  };

  return (
    <section aria-labelledby="account-language" className="mb-5">
      <h2 id="account-language" className="h3">
        {t('account.language')}
      </h2>
      <ErrorAlert error={status.error} />
      {status.saved && (
        <Notice color="success" live>
          {t('account.languageSaved')}
        </Notice>
      )}
      <fieldset className="mb-3">
        <legend className="form-legend">{t('account.languageLegend')}</legend>
        {LANGUAGES.map((language) => (
          <div key={language} className="form-check">
            <input
              id={`language-${language}`}
              type="radio"
              name="language"
              value={language}
              checked={choice === language}
              onChange={() => setChoice(language)}
            />
            <label htmlFor={`language-${language}`} lang={language}>
              {t(`app.languages.${language}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <Button type="button" color="primary" onClick={() => void save()}>
        {t('account.saveLanguage')}
      </Button>
    </section>
  );
}
