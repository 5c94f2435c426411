/**
 * Tells screen-reader users, politely and once per change, what arrived in
 * the queue while they were busy: numbers taken at the kiosk, and numbers
 * transferred to them. Ticking waiting times are never announced, nor the
 * results of one's own actions (the status line under the top bar says those).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketView } from '../../../shared/schemas/queue';

export function QueueAnnouncer({ tickets, myId }: { tickets: TicketView[]; myId: string }) {
  const { t } = useTranslation();
  const seen = useRef<Map<string, TicketView['status']> | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const previous = seen.current;
    seen.current = new Map(tickets.map((ticket) => [ticket.id, ticket.status]));
    if (!previous) return;
    // Tickets from the kiosk: those issued at the desk were handed over by someone already talking to the person.
    const arrived = tickets.filter(
      (ticket) => !previous.has(ticket.id) && ticket.status === 'waiting' && ticket.channel === 'kiosk',
    );
    const forMe = tickets.filter(
      (ticket) =>
        ticket.status === 'transferred' &&
        ticket.transferredToId === myId &&
        previous.get(ticket.id) !== 'transferred',
    );
    const parts = [
      ...(arrived.length > 0
        ? [
            t('banco.announceArrivals', {
              count: arrived.length,
              codes: arrived.map((ticket) => ticket.code).join(', '),
            }),
          ]
        : []),
      ...forMe.map((ticket) => t('banco.announceTransferred', { code: ticket.code })),
    ];
    if (parts.length > 0) setMessage(parts.join(' '));
  }, [tickets, myId, t]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {message}
    </div>
  );
}
