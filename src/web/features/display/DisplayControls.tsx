/**
 * The display's few controls, kept small in a corner: "turn on sound" until
 * the browser allows audio, the optional second language, and a discreet
 * "reconnecting" while the stream is down.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { KIOSK_LANGUAGES, type KioskLanguage } from '../../../shared/i18n';
import { asKioskLanguage } from '../../i18n/kiosk';
import { LANGUAGE_NAMES } from '../kiosk/KioskLanguages';
import type { useChime } from './useChime';

export interface DisplayControlsProps {
  isLive: boolean;
  chime: ReturnType<typeof useChime>;
  second: KioskLanguage | null;
  onSecondChange: (language: KioskLanguage | null) => void;
}

export function DisplayControls({ isLive, chime, second, onSecondChange }: DisplayControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="display-controls">
      <p className="display-connection mb-0" role="status">
        {!isLive && t('display.reconnecting')}
      </p>
      {chime.isAvailable && !chime.isOn && (
        <button type="button" className="display-audio" onClick={() => void chime.enable()}>
          {t('display.enableAudio')}
        </button>
      )}
      <div className="display-second-language">
        <label htmlFor={id}>{t('display.secondLanguage')}</label>
        <select
          id={id}
          value={second ?? ''}
          onChange={(event) => onSecondChange(asKioskLanguage(event.target.value))}
        >
          <option value="">{t('display.noSecondLanguage')}</option>
          {KIOSK_LANGUAGES.filter((language) => language !== 'it').map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
