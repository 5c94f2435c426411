/** Turn the single-key shortcuts on or off in this browser (WCAG 2.1.4), listing them. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function ShortcutsSwitch({ isOn, onChange }: { isOn: boolean; onChange: (isOn: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="form-check mt-4">
      <input
        id={id}
        type="checkbox"
        aria-describedby={`${id}-hint`}
        checked={isOn}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{t('banco.shortcuts')}</label>
      <p id={`${id}-hint`} className="banco-ticket-meta mb-0">
        {t('banco.shortcutsHint')}
      </p>
    </div>
  );
}
