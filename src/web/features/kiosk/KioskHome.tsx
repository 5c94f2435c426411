/**
 * The kiosk's first screen. Open: how many are waiting and for how long, and
 * the two big buttons (a number; a number with priority). Closed: that it is
 * closed, and when it opens next. Always: "Com'è andata?", for feedback.
 */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskStatus } from '../../../shared/schemas/queue';
import { formatDay, formatWindow } from '../../i18n/format';
import { intlLocale } from '../../i18n/kiosk';
import { waitText } from '../device/waitText';

export interface KioskHomeProps {
  status: DeskStatus;
  headingRef: Ref<HTMLHeadingElement>;
  isBusy: boolean;
  onTicket: () => void;
  onPriority: () => void;
  onFeedback: () => void;
}

export function KioskHome({ status, headingRef, isBusy, onTicket, onPriority, onFeedback }: KioskHomeProps) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  if (!status.isOpen) {
    const next = status.next;
    return (
      <div className="kiosk-screen kiosk-closed">
        <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
          {t('kiosk.closedTitle')}
        </h1>
        {next ? (
          <p className="kiosk-lead">
            {t('kiosk.nextOpening')}
            <br />
            <strong className="kiosk-next">
              {formatDay(next.start, locale, status.timezone)}, {formatWindow(next, locale, status.timezone)}
            </strong>
          </p>
        ) : (
          <p className="kiosk-lead">{t('kiosk.noNextOpening')}</p>
        )}
        <p className="kiosk-note">{t('kiosk.closedNote')}</p>
        <FeedbackButton onFeedback={onFeedback} />
      </div>
    );
  }
  const wait = waitText(t, status.estimatedWait);
  return (
    <div className="kiosk-screen">
      <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
        {t('kiosk.welcome')}
      </h1>
      {status.waiting !== null && (
        <p className="kiosk-lead">
          {t('kiosk.waiting', { count: status.waiting })}
          {wait && status.waiting > 0 && (
            <>
              <br />
              {t('kiosk.estimatedWait', { wait })}
            </>
          )}
        </p>
      )}
      <div className="kiosk-choices">
        <button
          type="button"
          className="kiosk-button kiosk-button-primary"
          aria-disabled={isBusy || undefined}
          onClick={() => !isBusy && onTicket()}
        >
          {t('kiosk.takeNumber')}
        </button>
        <button
          type="button"
          className="kiosk-button kiosk-button-secondary"
          aria-disabled={isBusy || undefined}
          onClick={() => !isBusy && onPriority()}
        >
          {t('kiosk.priority')}
          <span className="kiosk-button-hint">{t('kiosk.priorityHint')}</span>
        </button>
      </div>
      <FeedbackButton onFeedback={onFeedback} />
    </div>
  );
}

/** For people coming back after their meeting: open or closed, the question is there. */
function FeedbackButton({ onFeedback }: { onFeedback: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="kiosk-button kiosk-button-feedback" onClick={onFeedback}>
      {t('feedback.open')}
      <span className="kiosk-button-hint">{t('feedback.openHint')}</span>
    </button>
  );
}
