/** Why the visitor has priority: a category only, one big button each, never a name or a diagnosis. */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITY_REASONS, type PriorityReason } from '../../../shared/queue';

export interface KioskPriorityProps {
  headingRef: Ref<HTMLHeadingElement>;
  isBusy: boolean;
  onChoose: (reason: PriorityReason) => void;
  onBack: () => void;
}

export function KioskPriority({ headingRef, isBusy, onChoose, onBack }: KioskPriorityProps) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-screen">
      <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
        {t('kiosk.priorityTitle')}
      </h1>
      <p className="kiosk-lead">{t('kiosk.priorityIntro')}</p>
      <ul className="kiosk-reasons list-unstyled">
        {PRIORITY_REASONS.map((reason) => (
          <li key={reason}>
            <button
              type="button"
              className="kiosk-button kiosk-button-reason"
              aria-disabled={isBusy || undefined}
              onClick={() => !isBusy && onChoose(reason)}
            >
              {t(`priorityReasons.${reason}`)}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="kiosk-button kiosk-button-back" onClick={onBack}>
        {t('kiosk.back')}
      </button>
    </div>
  );
}
