/**
 * Banco: the operator's desk screen, one page for a whole opening. Top: the
 * desk, whether it is open, who is present, check-in/out. Left: the queue,
 * with "new arrival". Centre: my current ticket ("call next" when I have
 * none) and, below it, the contact being recorded (opened by itself when
 * serving starts). Right, while a contact is open: the person it is about.
 * Single-key shortcuts for the frequent actions; everything updates live
 * from the queue stream.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { QueueState } from '../../../shared/schemas/queue';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { type ShortcutMap, useShortcuts, useShortcutsEnabled } from '../../components/useShortcuts';
import { useSession } from '../../session/session';
import { BancoTopBar } from './BancoTopBar';
import { ContactPanel } from './ContactPanel';
import { DIRECT_CONTACT_KEY } from './contact/shortcuts';
import { useContactSession } from './contact/useContactSession';
import { CALL_NEXT_SHORTCUT, isAllowed, MyTicket, TICKET_SHORTCUTS } from './MyTicket';
import { PriorityDialog } from './PriorityDialog';
import { PersonPanel } from './person/PersonPanel';
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
  const canRecord = can('contact.record');
  const contact = useContactSession(canRecord ? myTicket : null);
  const isRecording = canOperate && canRecord && contact.target !== null;
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
  const shortcuts: ShortcutMap = {
    ...(canAct
      ? {
          ...ticketShortcuts,
          [CALL_NEXT_SHORTCUT.toLowerCase()]: () => canCall && void actions.callNext(),
          [QUEUE_SHORTCUTS.newArrival.toLowerCase()]: () => void actions.issue(null),
          [QUEUE_SHORTCUTS.priorityArrival.toLowerCase()]: () => setChoosingPriority(true),
        }
      : {}),
    ...(canOperate && canRecord && !contact.target
      ? { [DIRECT_CONTACT_KEY.toLowerCase()]: contact.openDirect }
      : {}),
  };
  // A letter pressed on a chip of the contact form is a slip, not "finish the ticket".
  const isInContactForm = () => document.activeElement?.closest('.contact-form') != null;
  useShortcuts(
    Object.fromEntries(
      Object.entries(shortcuts).map(([key, action]) => [key, () => !isInContactForm() && action()]),
    ),
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
        <div
          className={!canOperate ? 'col-12' : isRecording ? 'col-12 col-lg-4 col-xl-3' : 'col-12 col-lg-5'}
        >
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
          <div className={isRecording ? 'col-12 col-lg-8 col-xl-6' : 'col-12 col-lg-7'}>
            <MyTicket
              ticket={myTicket}
              cannotCall={cannotCall}
              onCallNext={() => void actions.callNext()}
              noShowAfterRecalls={state.settings.noShowAfterRecalls}
              colleagues={colleagues}
              actions={actions}
              shortcutsOn={shortcutsOn}
            />
            {canRecord && (
              <ContactPanel
                deskId={deskId}
                timezone={state.status.timezone}
                session={contact}
                shortcutsOn={shortcutsOn}
              />
            )}
          </div>
        )}
        {isRecording && (
          <div className="col-12 col-lg-8 offset-lg-4 col-xl-3 offset-xl-0">
            <PersonPanel personId={contact.personId} />
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
