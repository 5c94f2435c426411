/**
 * The number I am dealing with (called or at my counter): big, with what can
 * be done to it now. Which buttons show comes from the shared transition
 * table; "no-show" waits for the desk's number of recalls; cancelling asks
 * first, transferring asks to whom. With no number of my own, the panel
 * offers "call next" (or says why I cannot call yet).
 */
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canTransition, type TicketAction } from '../../../shared/queue';
import type { PresenceView, TicketView } from '../../../shared/schemas/queue';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ShortcutHint, shortcutProps } from '../../components/ShortcutHint';
import { minutesSince, useNow } from '../../components/useNow';
import type { TicketCommand } from './queue.api';
import { PriorityBadge, StatusBadge } from './TicketBadges';
import { TransferDialog } from './TransferDialog';
import type { BancoActions } from './useBancoActions';

const ACTION_OF: Record<TicketCommand, TicketAction> = {
  call: 'call',
  recall: 'recall',
  serve: 'serve',
  finish: 'finish',
  return: 'return',
  'no-show': 'no_show',
  cancel: 'cancel',
};

/** Whether the shared transition table allows this command on the ticket now. */
export function isAllowed(ticket: TicketView, command: TicketCommand): boolean {
  return canTransition(ticket.status, ACTION_OF[command]);
}

/** The single-key shortcuts of the current ticket's main actions. */
export const TICKET_SHORTCUTS: Partial<Record<TicketCommand, string>> = {
  recall: 'R',
  serve: 'S',
  finish: 'F',
};

/** The single-key shortcut of "call next". */
export const CALL_NEXT_SHORTCUT = 'C';

export interface MyTicketProps {
  ticket: TicketView | null;
  /** Why I cannot call now (not checked in, desk closed); none when I can. */
  cannotCall: string | null;
  onCallNext: () => void;
  noShowAfterRecalls: number;
  /** Other operators checked in, who may receive a transfer. */
  colleagues: PresenceView[];
  actions: BancoActions;
  shortcutsOn: boolean;
}

export function MyTicket({ ticket, ...props }: MyTicketProps) {
  const { t } = useTranslation();
  const shortcut = props.shortcutsOn ? CALL_NEXT_SHORTCUT : undefined;
  if (ticket) return <CurrentTicket ticket={ticket} {...props} />;
  return (
    <section className="card banco-current is-idle shadow-sm mb-4" aria-labelledby="banco-current-title">
      <div className="card-body d-flex flex-wrap align-items-center justify-content-between gap-3">
        <div>
          <h2 id="banco-current-title" className="h5 mb-1">
            {t('banco.myTicket')}
          </h2>
          <p className="mb-0">{props.cannotCall ?? t('banco.noCurrentTicket')}</p>
        </div>
        {!props.cannotCall && (
          <Button
            type="button"
            color="primary"
            size="lg"
            onClick={props.onCallNext}
            {...shortcutProps(shortcut)}
          >
            {t('banco.callNext')}
            <ShortcutHint shortcut={shortcut} />
          </Button>
        )}
      </div>
    </section>
  );
}

function CurrentTicket({
  ticket,
  noShowAfterRecalls,
  colleagues,
  actions,
  shortcutsOn,
}: MyTicketProps & { ticket: TicketView }) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const [isCancelling, setCancelling] = useState(false);
  const [isTransferring, setTransferring] = useState(false);
  const can = (command: TicketCommand) => isAllowed(ticket, command);
  const shortcut = (command: TicketCommand) => (shortcutsOn ? TICKET_SHORTCUTS[command] : undefined);
  const isNoShowEarly = ticket.recalls < noShowAfterRecalls;
  const main: TicketCommand = ticket.status === 'serving' ? 'finish' : 'serve';

  const button = (command: TicketCommand, label: string, extra: { disabled?: boolean } = {}) =>
    can(command) && (
      <Button
        type="button"
        color="primary"
        outline={command !== main}
        onClick={() => void actions.act(ticket, command)}
        {...shortcutProps(shortcut(command))}
        {...extra}
      >
        {label}
        <ShortcutHint shortcut={shortcut(command)} />
      </Button>
    );

  return (
    <section className="card banco-current shadow-sm mb-4" aria-labelledby="banco-current-title">
      <div className="card-body">
        <h2 id="banco-current-title" className="h5 mb-3">
          {t('banco.myTicket')}
        </h2>
        <div className="d-flex flex-wrap align-items-center gap-3 mb-3">
          <p className="banco-current-code mb-0">{ticket.code}</p>
          <div>
            <div className="d-flex flex-wrap gap-1 mb-1">
              <StatusBadge ticket={ticket} />
              <PriorityBadge ticket={ticket} />
            </div>
            <p className="banco-ticket-meta mb-0">
              {ticket.counter && `${ticket.counter} · `}
              {ticket.status === 'serving' && ticket.servingAt
                ? t('banco.servingFor', { minutes: minutesSince(ticket.servingAt, now) })
                : t('banco.waitedFor', { minutes: minutesSince(ticket.issuedAt, now) })}
              {ticket.recalls > 0 && ` · ${t('banco.recalls', { count: ticket.recalls })}`}
            </p>
          </div>
        </div>
        <div className="banco-current-actions d-flex flex-wrap gap-2">
          {button('serve', t('banco.serve'))}
          {button('finish', t('banco.finish'))}
          {button('recall', t('banco.recall'))}
          {button('return', t('banco.return'))}
          {(ticket.status === 'called' || ticket.status === 'serving') && (
            <Button type="button" color="primary" outline onClick={() => setTransferring(true)}>
              {t('banco.transfer')}
            </Button>
          )}
          {button('no-show', t('banco.noShow'), { disabled: isNoShowEarly })}
          {can('cancel') && (
            <Button type="button" color="danger" outline onClick={() => setCancelling(true)}>
              {t('banco.cancelTicket')}
            </Button>
          )}
        </div>
        {can('no-show') && isNoShowEarly && (
          <p className="banco-ticket-meta mt-2 mb-0">
            {t('banco.noShowAfter', { count: noShowAfterRecalls, done: ticket.recalls })}
          </p>
        )}
      </div>
      <ConfirmDialog
        isOpen={isCancelling}
        title={t('banco.cancelTicket')}
        confirmLabel={t('banco.cancelTicket')}
        onCancel={() => setCancelling(false)}
        onConfirm={async () => {
          await actions.act(ticket, 'cancel');
          setCancelling(false);
        }}
      >
        {t('banco.cancelConfirm', { code: ticket.code })}
      </ConfirmDialog>
      <TransferDialog
        isOpen={isTransferring}
        ticket={ticket}
        colleagues={colleagues}
        onClose={() => setTransferring(false)}
        onTransfer={async (colleague) => {
          await actions.transfer(ticket, colleague.userId, colleague.userName);
          setTransferring(false);
        }}
      />
    </section>
  );
}
