/**
 * The waiting-room display (a paired TV, read from 5 m): the number being
 * called and its counter in very large type, the last calls, how many are
 * waiting and for how long, open or closed. Numbers and counters only, never
 * a name. Each call flashes and chimes; a dropped stream says so discreetly.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { KioskLanguage } from '../../../shared/i18n';
import type { DeskStatus, DisplayState } from '../../../shared/schemas/queue';
import { Loading } from '../../components/Loading';
import { NotPaired } from '../device/NotPaired';
import { isUnpaired, useDeviceSession } from '../device/useDeviceSession';
import { Bilingual } from './Bilingual';
import { CallHistory, CurrentCall } from './DisplayCalls';
import { DisplayClock } from './DisplayClock';
import { DisplayControls } from './DisplayControls';
import './display.css';
import { waitText } from '../device/waitText';
import { useChime } from './useChime';
import { useDisplayFeed } from './useDisplayFeed';
import { useSecondLanguage } from './useSecondLanguage';

export default function DisplayPage() {
  const { t } = useTranslation();
  const session = useDeviceSession();
  useEffect(() => {
    document.title = t('display.documentTitle');
  }, [t]);
  if (session.isPending) return <Loading />;
  if (isUnpaired(session.error) || !session.data) return <NotPaired error={session.error} />;
  if (session.data.device.kind !== 'display') return <Navigate to="/kiosk" replace />;
  return <Display status={session.data.status} />;
}

function Display({ status }: { status: DeskStatus }) {
  const chime = useChime();
  const feed = useDisplayFeed(() => chime.play());
  const [second, setSecond] = useSecondLanguage();
  const state = feed.state;
  if (!state) return feed.query.error ? <NotPaired error={feed.query.error} /> : <Loading />;
  return (
    <div className="display">
      <main id="main" className="display-main">
        <DisplayBoard state={state} status={status} feed={feed} second={second} />
      </main>
      <DisplayControls isLive={feed.isLive} chime={chime} second={second} onSecondChange={setSecond} />
    </div>
  );
}

interface DisplayBoardProps {
  state: DisplayState;
  status: DeskStatus;
  feed: ReturnType<typeof useDisplayFeed>;
  second: KioskLanguage | null;
}

function DisplayBoard({ state, status, feed, second }: DisplayBoardProps) {
  // A recall repeats a number already on screen: each number once, newest first, the current one apart.
  const history = state.lastCalls
    .filter((call) => call.code !== feed.current?.code)
    .filter((call, index, calls) => calls.findIndex((other) => other.code === call.code) === index)
    .slice(0, 5);
  return (
    <>
      <header className="display-top">
        <p className="display-desk">{state.deskName}</p>
        <p className={`display-state ${state.isOpen ? 'is-open' : 'is-closed'}`}>
          <Bilingual text={(t) => (state.isOpen ? t('display.open') : t('display.closed'))} second={second} />
        </p>
        <DisplayClock timezone={status.timezone} />
      </header>
      <div className={`display-body${!state.isOpen && history.length === 0 ? ' is-single' : ''}`}>
        <CurrentCall
          state={state}
          current={feed.current}
          isFlashing={feed.flash !== null}
          timezone={status.timezone}
          second={second}
        />
        {(state.isOpen || history.length > 0) && <CallHistory calls={history} second={second} />}
      </div>
      {state.isOpen && (
        <footer className="display-bottom">
          <p>
            <Bilingual text={(t) => t('display.waiting', { count: state.waiting })} second={second} />
          </p>
          {state.estimatedWait && state.waiting > 0 && (
            <p>
              <Bilingual
                text={(t) => t('display.estimatedWait', { wait: waitText(t, state.estimatedWait) })}
                second={second}
              />
            </p>
          )}
        </footer>
      )}
    </>
  );
}
