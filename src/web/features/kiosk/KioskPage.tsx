/**
 * The kiosk at the entrance (a paired tablet): choose a language, take a
 * number or a priority number (category only), see and print the receipt
 * (with the QR code of the feedback form); after the meeting, say how it went.
 * Each visitor starts afresh: after the receipt, or a minute left idle, the
 * screen goes back to the start in Italian.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { KioskLanguage } from '../../../shared/i18n';
import type { PriorityReason } from '../../../shared/queue';
import type { DeviceSession, TicketReceipt } from '../../../shared/schemas/queue';
import { ApiError } from '../../api/client';
import { Loading } from '../../components/Loading';
import { DEVICE_SESSION_QUERY, issueKioskTicket } from '../device/device.api';
import { NotPaired } from '../device/NotPaired';
import { isUnpaired, useDeviceSession } from '../device/useDeviceSession';
import { useFocusOnChange } from '../device/useFocusOnChange';
import './kiosk.css';
import { feedbackUrlFor, KioskFeedback, KioskFeedbackThanks, useFeedbackLink } from './KioskFeedback';
import { KioskHome } from './KioskHome';
import { KioskLanguages } from './KioskLanguages';
import { KioskPriority } from './KioskPriority';
import { KioskReceipt } from './KioskReceipt';
import { PrintedReceipt } from './PrintedReceipt';

type Screen =
  | { name: 'home' }
  | { name: 'priority' }
  | { name: 'receipt'; receipt: TicketReceipt }
  | { name: 'feedback' }
  | { name: 'feedbackThanks' }
  | { name: 'failed' };

const IDLE_MS = 60_000;

export default function KioskPage() {
  const { t } = useTranslation();
  const session = useDeviceSession();
  useEffect(() => {
    document.title = t('kiosk.documentTitle');
  }, [t]);
  if (session.isPending) return <Loading />;
  if (isUnpaired(session.error) || !session.data) return <NotPaired error={session.error} />;
  if (session.data.device.kind !== 'kiosk') return <Navigate to="/display" replace />;
  return <Kiosk session={session.data} />;
}

function Kiosk({ session }: { session: DeviceSession }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [screen, setScreen] = useState<Screen>({ name: 'home' });
  const [isBusy, setBusy] = useState(false);
  const headingRef = useFocusOnChange<HTMLHeadingElement>(`${screen.name}-${i18n.language}`);
  const printer = session.device.printer;
  const feedbackLink = useFeedbackLink();
  const receiptLink =
    screen.name === 'receipt' && feedbackLink ? feedbackUrlFor(feedbackLink, screen.receipt) : null;

  const restart = useCallback(() => {
    setScreen({ name: 'home' });
    void i18n.changeLanguage('it');
  }, [i18n]);

  useIdleRestart(screen.name !== 'receipt' && (screen.name !== 'home' || i18n.language !== 'it'), restart);

  const issue = async (priorityReason: PriorityReason | null) => {
    if (isBusy) return;
    setBusy(true);
    try {
      const receipt = await issueKioskTicket({ priorityReason, language: i18n.language });
      setScreen({ name: 'receipt', receipt });
    } catch (error) {
      setScreen(
        error instanceof ApiError && error.code === 'no_opening' ? { name: 'home' } : { name: 'failed' },
      );
    } finally {
      setBusy(false);
      void queryClient.invalidateQueries({ queryKey: DEVICE_SESSION_QUERY });
    }
  };

  return (
    <div className="kiosk">
      <main id="main" className="kiosk-main">
        <header className="kiosk-top">
          <p className="kiosk-desk" lang="it">
            {session.status.deskName}
          </p>
          <KioskLanguages onChoose={(language: KioskLanguage) => void i18n.changeLanguage(language)} />
        </header>
        {screen.name === 'home' && (
          <KioskHome
            status={session.status}
            headingRef={headingRef}
            isBusy={isBusy}
            onTicket={() => void issue(null)}
            onPriority={() => setScreen({ name: 'priority' })}
            onFeedback={() => setScreen({ name: 'feedback' })}
          />
        )}
        {screen.name === 'priority' && (
          <KioskPriority
            headingRef={headingRef}
            isBusy={isBusy}
            onChoose={(reason) => void issue(reason)}
            onBack={() => setScreen({ name: 'home' })}
          />
        )}
        {screen.name === 'receipt' && (
          <KioskReceipt
            receipt={screen.receipt}
            headingRef={headingRef}
            isPrinting={printer !== 'none'}
            feedbackUrl={receiptLink}
            onDone={restart}
          />
        )}
        {screen.name === 'feedback' && (
          <KioskFeedback
            headingRef={headingRef}
            onSent={() => setScreen({ name: 'feedbackThanks' })}
            onBack={restart}
          />
        )}
        {screen.name === 'feedbackThanks' && <KioskFeedbackThanks headingRef={headingRef} onDone={restart} />}
        {screen.name === 'failed' && (
          <div className="kiosk-screen">
            <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
              {t('kiosk.failedTitle')}
            </h1>
            <p className="kiosk-lead">{t('kiosk.failedText')}</p>
            <button type="button" className="kiosk-button kiosk-button-primary" onClick={restart}>
              {t('kiosk.back')}
            </button>
          </div>
        )}
      </main>
      {screen.name === 'receipt' && printer !== 'none' && (
        <PrintedReceipt
          receipt={screen.receipt}
          width={printer}
          timezone={session.status.timezone}
          feedbackUrl={receiptLink}
        />
      )}
    </div>
  );
}

/** While `isActive`, go back to the start after a minute without a touch. */
function useIdleRestart(isActive: boolean, restart: () => void) {
  useEffect(() => {
    if (!isActive) return;
    let timer = setTimeout(restart, IDLE_MS);
    const touched = () => {
      clearTimeout(timer);
      timer = setTimeout(restart, IDLE_MS);
    };
    document.addEventListener('pointerdown', touched);
    document.addEventListener('keydown', touched);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', touched);
      document.removeEventListener('keydown', touched);
    };
  }, [isActive, restart]);
}
