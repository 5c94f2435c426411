/**
 * The operator's desk screen: the queue state (also pushed by the stream),
 * presence, issuing and calling tickets, and each ticket action with the
 * version last seen (409 'ticket_changed' when another operator acted first).
 */
import type { CheckIn, IssueTicket, QueueState, TicketView } from '../../../shared/schemas/queue';
import { api } from '../../api/client';

export const queueQueryKey = (deskId: string) => ['queue', deskId] as const;
export const queueStreamUrl = (deskId: string) => `/api/desks/${deskId}/queue/stream`;

export const getQueue = (deskId: string) => api.get<QueueState>(`/api/desks/${deskId}/queue`);
export const checkIn = (deskId: string, input: CheckIn) =>
  api.post<QueueState>(`/api/desks/${deskId}/presence/check-in`, input);
export const checkOut = (deskId: string) => api.post<QueueState>(`/api/desks/${deskId}/presence/check-out`);
export const closeOpening = (deskId: string) =>
  api.post<QueueState>(`/api/desks/${deskId}/openings/current/close`);
export const issueTicket = (deskId: string, input: IssueTicket) =>
  api.post<TicketView>(`/api/desks/${deskId}/tickets`, input);
export const callNext = (deskId: string) =>
  api.post<{ ticket: TicketView | null }>(`/api/desks/${deskId}/queue/call-next`, {});

/** The actions on one ticket, as they appear in the address (POST /api/tickets/:id/<command>). */
export const TICKET_COMMANDS = ['call', 'recall', 'serve', 'finish', 'return', 'no-show', 'cancel'] as const;
export type TicketCommand = (typeof TICKET_COMMANDS)[number];

export const actOnTicket = (ticket: TicketView, command: TicketCommand) =>
  api.post<TicketView>(`/api/tickets/${ticket.id}/${command}`, { version: ticket.version });
export const transferTicket = (ticket: TicketView, toUserId: string) =>
  api.post<TicketView>(`/api/tickets/${ticket.id}/transfer`, { version: ticket.version, toUserId });
