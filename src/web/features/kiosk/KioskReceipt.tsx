/**
 * The number just taken, big, with how many are ahead and the estimated wait;
 * it goes back to the first screen by itself after a few seconds. With a
 * receipt printer the ticket is printed at once (only the receipt prints: see
 * kiosk.css); the kiosk browser is expected to print without a dialog.
 * A small QR code leads to the feedback form, for after the meeting.
 */
import { type Ref, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketReceipt } from '../../../shared/schemas/queue';
import { waitText } from '../device/waitText';
import { FeedbackQr } from './KioskFeedback';

export const RECEIPT_SECONDS = 15;

export interface KioskReceiptProps {
  receipt: TicketReceipt;
  headingRef: Ref<HTMLHeadingElement>;
  isPrinting: boolean;
  /** The feedback form's address for this ticket; null: no QR code. */
  feedbackUrl: string | null;
  onDone: () => void;
}

export function KioskReceipt({ receipt, headingRef, isPrinting, feedbackUrl, onDone }: KioskReceiptProps) {
  const { t } = useTranslation();
  const [secondsLeft, setSecondsLeft] = useState(RECEIPT_SECONDS);
  const wait = waitText(t, receipt.estimatedWait);

  useEffect(() => {
    const timer = setInterval(() => setSecondsLeft((seconds) => seconds - 1), 1_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (secondsLeft <= 0) onDone();
  }, [secondsLeft, onDone]);
  useEffect(() => {
    if (!isPrinting) return;
    const timer = setTimeout(() => window.print(), 300);
    return () => clearTimeout(timer);
  }, [isPrinting]);

  return (
    <div className="kiosk-screen kiosk-receipt">
      <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
        {receipt.isPriority ? t('kiosk.yourPriorityNumber') : t('kiosk.yourNumber')}
      </h1>
      <p className="kiosk-code" dir="ltr">
        {receipt.code}
      </p>
      <p className="kiosk-lead">
        {t('kiosk.ahead', { count: receipt.ahead })}
        {wait && (
          <>
            <br />
            {t('kiosk.estimatedWait', { wait })}
          </>
        )}
      </p>
      <p className="kiosk-note">
        {isPrinting ? t('kiosk.takeReceipt') : t('kiosk.rememberNumber')} {t('kiosk.watchScreen')}
      </p>
      {feedbackUrl && (
        <figure className="kiosk-receipt-qr">
          <FeedbackQr url={feedbackUrl} label={t('feedback.qrLabel')} className="kiosk-qr" />
          <figcaption>{t('feedback.qrCaption')}</figcaption>
        </figure>
      )}
      <div className="kiosk-receipt-end">
        <button
          type="button"
          className="kiosk-button kiosk-button-primary kiosk-button-done"
          onClick={onDone}
        >
          {t('kiosk.done')}
        </button>
        <p className="kiosk-countdown">{t('kiosk.backIn', { count: Math.max(0, secondsLeft) })}</p>
      </div>
    </div>
  );
}
