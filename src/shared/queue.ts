/**
 * The walk-in queue as data: ticket statuses, the legal transitions and who
 * may fire them, priority reasons, and the order in which tickets are called.
 * Pure functions only; the server enforces them, the web shows them.
 */
import { z } from 'zod';

export const TICKET_STATUSES = [
  'waiting', //     in the queue
  'called', //      shown on the display, the person is walking to the counter
  'serving', //     at the counter
  'transferred', // waiting for one specific operator
  'done', //        served
  'no_show', //     called, recalled, never came
  'cancelled', //   left or issued by mistake
  'not_served', //  still waiting when the opening closed
] as const;
export const TicketStatus = z.enum(TICKET_STATUSES);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const TICKET_ACTIONS = [
  'call',
  'recall',
  'serve',
  'finish',
  'return',
  'transfer',
  'no_show',
  'cancel',
  'close_unserved',
] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** action → the statuses it may start from, and the status it leads to. Anything else is illegal. */
export const TRANSITIONS: Record<TicketAction, { from: readonly TicketStatus[]; to: TicketStatus }> = {
  call: { from: ['waiting', 'transferred'], to: 'called' },
  recall: { from: ['called'], to: 'called' },
  serve: { from: ['called'], to: 'serving' },
  finish: { from: ['serving'], to: 'done' },
  return: { from: ['called', 'serving'], to: 'waiting' },
  transfer: { from: ['called', 'serving'], to: 'transferred' },
  no_show: { from: ['called'], to: 'no_show' },
  cancel: { from: ['waiting', 'called', 'transferred'], to: 'cancelled' },
  close_unserved: { from: ['waiting', 'transferred'], to: 'not_served' },
};

export const OPEN_STATUSES: readonly TicketStatus[] = ['waiting', 'called', 'serving', 'transferred'];
export const FINAL_STATUSES: readonly TicketStatus[] = ['done', 'no_show', 'cancelled', 'not_served'];

export function canTransition(status: TicketStatus, action: TicketAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** Why a person cannot wait: a category, never a name or a diagnosis. */
export const PRIORITY_REASONS = [
  'disability',
  'pregnancy',
  'elderly',
  'health',
  'young_children',
  'urgent',
] as const;
export const PriorityReason = z.enum(PRIORITY_REASONS);
export type PriorityReason = z.infer<typeof PriorityReason>;

export const SERIES = { standard: 'A', priority: 'P' } as const;
export type Series = (typeof SERIES)[keyof typeof SERIES];

export function ticketCode(series: Series, number: number): string {
  return `${series}${String(number).padStart(3, '0')}`;
}

export interface QueuePolicy {
  /** At most this many priority tickets are called in a row while standard ones wait. */
  maxPriorityStreak: number;
  /** A standard ticket that has waited this long goes before any priority ticket. */
  standardMaxWaitMinutes: number;
}

export const DEFAULT_QUEUE_POLICY: QueuePolicy = { maxPriorityStreak: 2, standardMaxWaitMinutes: 30 };

export interface QueuedTicket {
  id: string;
  series: Series;
  issuedAt: string;
  status: TicketStatus;
  /** For transferred tickets: the only operator who may call them. */
  transferredTo: string | null;
}

/**
 * Which ticket "call next" takes, for `operatorId`, given the series of the
 * calls made so far in this opening (oldest first):
 * 1. tickets transferred to this operator, oldest first;
 * 2. a standard ticket that has waited standardMaxWaitMinutes or more;
 * 3. the oldest priority ticket, unless the last maxPriorityStreak calls were all priority;
 * 4. the oldest standard ticket; else the oldest priority ticket.
 * Returns null when nobody is waiting for this operator.
 */
export function pickNext(
  tickets: readonly QueuedTicket[],
  previousCalls: readonly Series[],
  operatorId: string,
  now: Date,
  policy: QueuePolicy,
): QueuedTicket | null {
  const byAge = (a: QueuedTicket, b: QueuedTicket) =>
    a.issuedAt.localeCompare(b.issuedAt) || a.id.localeCompare(b.id);
  const mine = tickets
    .filter((t) => t.status === 'transferred' && t.transferredTo === operatorId)
    .sort(byAge);
  if (mine[0]) return mine[0];
  const waiting = tickets.filter((t) => t.status === 'waiting').sort(byAge);
  const standard = waiting.filter((t) => t.series === SERIES.standard);
  const priority = waiting.filter((t) => t.series === SERIES.priority);
  const oldestStandard = standard[0];
  if (oldestStandard && minutesBetween(oldestStandard.issuedAt, now) >= policy.standardMaxWaitMinutes) {
    return oldestStandard;
  }
  const streak = trailingPriorityCalls(previousCalls);
  if (priority[0] && (streak < policy.maxPriorityStreak || !oldestStandard)) return priority[0];
  return oldestStandard ?? priority[0] ?? null;
}

function trailingPriorityCalls(calls: readonly Series[]): number {
  let count = 0;
  for (let i = calls.length - 1; i >= 0 && calls[i] === SERIES.priority; i--) count++;
  return count;
}

function minutesBetween(fromIso: string, to: Date): number {
  return (to.getTime() - Date.parse(fromIso)) / 60_000;
}

export interface WaitEstimate {
  minMinutes: number;
  maxMinutes: number;
}

/**
 * Estimated wait for someone joining the queue now, as a range (docs/QUEUE.md):
 * with `ahead` people waiting, `operators` checked in (at least 1) and the
 * service times (minutes, called → done) of the current and recent openings,
 * the wait is ahead ÷ operators × a typical service time, where the range runs
 * from the 25th to the 75th percentile of service time, rounded out to whole
 * 5 minutes. Without enough history (fewer than 5 services) a service time of
 * 10–20 minutes is assumed.
 */
export function estimateWait(
  ahead: number,
  operators: number,
  serviceMinutes: readonly number[],
): WaitEstimate {
  if (ahead <= 0) return { minMinutes: 0, maxMinutes: 5 };
  const sorted = [...serviceMinutes].filter((m) => m > 0).sort((a, b) => a - b);
  const [low, high] = sorted.length >= 5 ? [quantile(sorted, 0.25), quantile(sorted, 0.75)] : [10, 20];
  const rounds = ahead / Math.max(1, operators);
  return {
    minMinutes: Math.floor((rounds * low) / 5) * 5,
    maxMinutes: Math.max(5, Math.ceil((rounds * high) / 5) * 5),
  };
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}
