/**
 * The paper ticket: hidden on screen, the only thing printed (kiosk.css), on
 * a 58 or 80 mm roll. Number, desk, time, people ahead, estimated wait, and
 * the QR code of the feedback form for after the meeting.
 */
import { useTranslation } from 'react-i18next';
import type { TicketReceipt } from '../../../shared/schemas/queue';
import { formatTime } from '../../i18n/format';
import { intlLocale } from '../../i18n/kiosk';
import { waitText } from '../device/waitText';
import { FeedbackQr } from './KioskFeedback';

export function PrintedReceipt({
  receipt,
  width,
  timezone,
  feedbackUrl,
}: {
  receipt: TicketReceipt;
  width: '58mm' | '80mm';
  timezone: string;
  feedbackUrl: string | null;
}) {
  const { t, i18n } = useTranslation();
  const wait = waitText(t, receipt.estimatedWait);
  const issued = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: 'short',
    timeZone: timezone,
  }).format(new Date(receipt.issuedAt));
  return (
    <div className={`kiosk-print kiosk-print-${width}`} aria-hidden="true">
      <p className="kiosk-print-desk">{receipt.deskName}</p>
      <p className="kiosk-print-label">
        {receipt.isPriority ? t('kiosk.yourPriorityNumber') : t('kiosk.yourNumber')}
      </p>
      <p className="kiosk-print-code" dir="ltr">
        {receipt.code}
      </p>
      <p>{t('kiosk.ahead', { count: receipt.ahead })}</p>
      {wait && <p>{t('kiosk.estimatedWait', { wait })}</p>}
      <p className="kiosk-print-time">
        {issued} {formatTime(receipt.issuedAt, intlLocale(i18n.language), timezone)}
      </p>
      <p>{t('kiosk.watchScreen')}</p>
      {feedbackUrl && (
        <div className="kiosk-print-feedback">
          <FeedbackQr url={feedbackUrl} className="kiosk-print-qr" />
          <p>{t('feedback.qrCaption')}</p>
        </div>
      )}
    </div>
  );
}
