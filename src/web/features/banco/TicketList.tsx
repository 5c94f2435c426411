/**
 * The queue in the order "call next" takes it: code, how long they have been
 * waiting (ticking), priority and status; a button to call one out of order.
 * Below, the numbers already called or at a counter, and by whom.
 */
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { TicketView } from '../../../shared/schemas/queue';
import { minutesSince, useNow } from '../../components/useNow';
import { formatTime } from '../../i18n/format';
import { PriorityBadge, StatusBadge } from './TicketBadges';

export interface TicketListProps {
  tickets: TicketView[];
  timezone: string;
  myId: string;
  /** Calling is possible (operator checked in, not busy with a ticket of their own). */
  canCall: boolean;
  onCall: (ticket: TicketView) => void;
}

export function TicketList({ tickets, timezone, myId, canCall, onCall }: TicketListProps) {
  const { t, i18n } = useTranslation();
  const now = useNow(15_000);
  const queued = tickets.filter((ticket) => ticket.status === 'waiting' || ticket.status === 'transferred');
  const atCounters = tickets.filter((ticket) => ticket.status === 'called' || ticket.status === 'serving');
  const isCallable = (ticket: TicketView) =>
    ticket.status === 'waiting' || (ticket.status === 'transferred' && ticket.transferredToId === myId);

  return (
    <>
      {queued.length === 0 ? (
        <p className="banco-empty">{t('banco.queueEmpty')}</p>
      ) : (
        <ol className="banco-tickets list-unstyled mb-0">
          {queued.map((ticket) => (
            <li key={ticket.id} className="banco-ticket">
              <span className="banco-ticket-code">{ticket.code}</span>
              <div className="flex-grow-1">
                <div className="d-flex flex-wrap gap-1 mb-1">
                  <StatusBadge ticket={ticket} />
                  <PriorityBadge ticket={ticket} />
                  {ticket.transferredToName && (
                    <span className="badge bg-light text-dark border">
                      {t('banco.transferredTo', { name: ticket.transferredToName })}
                    </span>
                  )}
                </div>
                <p className="banco-ticket-meta mb-0">
                  {t('banco.waitingFor', { minutes: minutesSince(ticket.issuedAt, now) })} ·{' '}
                  {t('banco.issuedAt', { time: formatTime(ticket.issuedAt, i18n.language, timezone) })}
                </p>
              </div>
              {canCall && isCallable(ticket) && (
                <Button type="button" color="primary" outline size="xs" onClick={() => onCall(ticket)}>
                  {t('banco.callThis')}
                  <span className="visually-hidden"> {ticket.code}</span>
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {atCounters.length > 0 && (
        <>
          <h3 className="h6 mt-4 mb-2">{t('banco.atCounters')}</h3>
          <ul className="list-unstyled mb-0">
            {atCounters.map((ticket) => (
              <li key={ticket.id} className="banco-ticket banco-ticket-called">
                <span className="banco-ticket-code">{ticket.code}</span>
                <div className="flex-grow-1 d-flex flex-wrap align-items-center gap-2">
                  <StatusBadge ticket={ticket} />
                  <PriorityBadge ticket={ticket} />
                  <span>
                    {ticket.operatorId === myId
                      ? t('banco.withYou', { counter: ticket.counter ?? '' })
                      : t('banco.withOperator', {
                          name: ticket.operatorName ?? '',
                          counter: ticket.counter ?? '',
                        })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
