/**
 * Banco: the operator's desk screen, one page for a whole opening. Top: the
 * desk, whether it is open, who is present, check-in/out. Left: the queue,
 * with "new arrival". Centre: my current ticket ("call next" when I have
 * none) and, below it, where the contact record will open. Single-key
 * shortcuts for the frequent actions; everything updates live from the
 * queue stream.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { QueueState } from '../../../shared/schemas/queue';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useShortcuts, useShortcutsEnabled } from '../../components/useShortcuts';
import { useSession } from '../../session/session';
import { BancoTopBar } from './BancoTopBar';
import { ContactPanel } from './ContactPanel';
import { CALL_NEXT_SHORTCUT, isAllowed, MyTicket, TICKET_SHORTCUTS } from './MyTicket';
import { PriorityDialog } from './PriorityDialog';
import { QueueAnnouncer } from './QueueAnnouncer';
import { QUEUE_SHORTCUTS, QueuePanel } from './QueuePanel';
import type { TicketCommand } from './queue.api';
import { ShortcutsSwitch } from './ShortcutsSwitch';
import { useBancoActions } from './useBancoActions';
import { useQueueState } from './useQueueState';

export default function BancoPage() {
  const { t } = useTranslation();
  const { deskId = '' } = useParams();
  const { query, state, isLive } = useQueueState(deskId);
  if (state) return <BancoScreen deskId={deskId} state={state} isLive={isLive} />;
  return (
    <>
      <PageHeading title={t('banco.title')} />
      <ErrorAlert error={query.error} />
      {query.isPending && <Loading />}
    </>
  );
}

interface BancoScreenProps {
  deskId: string;
  state: QueueState;
  isLive: boolean;
}

function BancoScreen({ deskId, state, isLive }: BancoScreenProps) {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const myId = user?.id ?? '';
  const actions = useBancoActions(deskId);
  const [shortcutsOn, setShortcutsOn] = useShortcutsEnabled();
  const [isChoosingPriority, setChoosingPriority] = useState(false);

  const isRunning = state.opening !== null && state.opening.closedAt === null;
  const canOperate = can('queue.operate');
  const canAct = canOperate && state.myPresence !== null && isRunning;
  const myTicket =
    state.tickets.find(
      (ticket) => ticket.operatorId === myId && (ticket.status === 'called' || ticket.status === 'serving'),
    ) ?? null;
  const canCall = canAct && !myTicket;
  const cannotCall = !isRunning
    ? t('banco.cannotCallClosed')
    : !state.myPresence
      ? t('banco.checkInFirst')
      : null;
  const colleagues = state.presences.filter(
    (presence) => presence.checkedOutAt === null && presence.userId !== myId,
  );

  const ticketShortcuts = Object.fromEntries(
    (Object.entries(TICKET_SHORTCUTS) as [TicketCommand, string][]).map(([command, key]) => [
      key.toLowerCase(),
      () => myTicket && isAllowed(myTicket, command) && void actions.act(myTicket, command),
    ]),
  );
  useShortcuts(
    canAct
      ? {
          ...ticketShortcuts,
          [CALL_NEXT_SHORTCUT.toLowerCase()]: () => canCall && void actions.callNext(),
          [QUEUE_SHORTCUTS.newArrival.toLowerCase()]: () => void actions.issue(null),
          [QUEUE_SHORTCUTS.priorityArrival.toLowerCase()]: () => setChoosingPriority(true),
        }
      : {},
    shortcutsOn,
  );

  return (
    <div className="banco">
      <BancoTopBar state={state} actions={actions} isLive={isLive} canOperate={canOperate} />
      <ErrorAlert error={actions.error} className="mt-3" />
      <div className="banco-notice" role="status">
        {actions.notice}
      </div>
      <div className="row g-4">
        <div className={canOperate ? 'col-12 col-lg-5' : 'col-12'}>
          <QueuePanel
            state={state}
            myId={myId}
            canCall={canCall}
            canIssue={canAct}
            shortcutsOn={shortcutsOn}
            onNewArrival={() => void actions.issue(null)}
            onPriorityArrival={() => setChoosingPriority(true)}
            onCall={(ticket) => void actions.act(ticket, 'call')}
          />
        </div>
        {canOperate && (
          <div className="col-12 col-lg-7">
            <MyTicket
              ticket={myTicket}
              cannotCall={cannotCall}
              onCallNext={() => void actions.callNext()}
              noShowAfterRecalls={state.settings.noShowAfterRecalls}
              colleagues={colleagues}
              actions={actions}
              shortcutsOn={shortcutsOn}
            />
            <ContactPanel ticket={myTicket} />
          </div>
        )}
      </div>
      {canOperate && <ShortcutsSwitch isOn={shortcutsOn} onChange={setShortcutsOn} />}
      <QueueAnnouncer tickets={state.tickets} myId={myId} />
      <PriorityDialog
        isOpen={isChoosingPriority}
        onClose={() => setChoosingPriority(false)}
        onChoose={(reason) => {
          setChoosingPriority(false);
          void actions.issue(reason);
        }}
      />
    </div>
  );
}
