/**
 * What the queue looks like to each audience: the operators' full state, the
 * waiting room's display (codes and counters only), and the public status.
 * Presenters whitelist what leaves the server; no visitor data exists here.
 */
import {
  DEFAULT_QUEUE_POLICY,
  estimateWait,
  OPEN_STATUSES,
  pickNext,
  type QueuedTicket,
  type Series,
} from '../../../shared/queue';
import type { DeskView } from '../../../shared/schemas/accounts';
import type {
  DeskStatus,
  DisplayCall,
  DisplayState,
  OpeningWindow,
  QueueState,
  TicketView,
} from '../../../shared/schemas/queue';
import type { Actor, Ctx } from '../../context';
import type { OpeningsTable } from '../../db/tables';
import { windowOf } from '../desks/calendar';
import { currentOpening, statusOf, storedOpening } from '../desks/openings.service';
import { presencesAt } from '../desks/presence.service';
import * as repo from './queue.repo';

/** How many recent openings the service-time history for the wait estimate looks at. */
const HISTORY_OPENINGS = 6;
const DISPLAY_CALLS = 5;

export function presentTicket(row: repo.TicketRow): TicketView {
  return {
    id: row.id,
    code: row.code,
    isPriority: row.series === 'P',
    priorityReason: (row.priority_reason as TicketView['priorityReason']) ?? null,
    status: row.status as TicketView['status'],
    channel: row.channel,
    issuedAt: row.issued_at,
    calledAt: row.called_at,
    servingAt: row.serving_at,
    closedAt: row.closed_at,
    recalls: row.recalls,
    counter: row.counter,
    operatorId: row.operator_id,
    operatorName: row.operator_name,
    transferredToId: row.transferred_to,
    transferredToName: row.transferred_to_name,
    version: row.version,
  };
}

function queued(row: repo.TicketRow): QueuedTicket {
  return {
    id: row.id,
    series: row.series,
    issuedAt: row.issued_at,
    status: row.status as QueuedTicket['status'],
    transferredTo: row.transferred_to,
  };
}

/** Waiting tickets in the order successive "call next" presses would take them (for anyone). */
export function callOrder(
  rows: repo.TicketRow[],
  previous: Series[],
  now: Date,
  desk: DeskView,
): repo.TicketRow[] {
  const policy = { ...DEFAULT_QUEUE_POLICY, ...desk.queue };
  const remaining = rows.filter((r) => r.status === 'waiting').map(queued);
  const calls = [...previous];
  const ordered: repo.TicketRow[] = [];
  for (
    let next = pickNext(remaining, calls, '', now, policy);
    next;
    next = pickNext(remaining, calls, '', now, policy)
  ) {
    ordered.push(rows.find((r) => r.id === next!.id)!);
    calls.push(next.series);
    remaining.splice(remaining.indexOf(next), 1);
  }
  return ordered;
}

export const openingWindow = (row: OpeningsTable): OpeningWindow => windowOf(storedOpening(row));

async function waitFigures(ctx: Ctx, tenantId: string, desk: DeskView, opening: OpeningsTable) {
  const [counts, presences, history] = await Promise.all([
    repo.countByStatus(ctx.db, tenantId, opening.id),
    presencesAt(ctx, tenantId, opening.id),
    repo.recentServiceMinutes(ctx.db, tenantId, desk.id, HISTORY_OPENINGS),
  ]);
  const waiting = (counts.get('waiting') ?? 0) + (counts.get('transferred') ?? 0);
  const operators = presences.filter((p) => p.checkedOutAt === null).length;
  return { counts, presences, waiting, estimate: estimateWait(waiting, operators, history) };
}

/** The public status of a desk: calendar, and while open the people waiting and the estimated wait. */
export async function deskStatus(ctx: Ctx, tenantId: string, desk: DeskView): Promise<DeskStatus> {
  const status = await statusOf(ctx, tenantId, desk);
  const opening = status.isOpen ? await currentOpeningRow(ctx, tenantId, desk) : null;
  const figures = opening ? await waitFigures(ctx, tenantId, desk, opening) : null;
  return {
    now: ctx.now().toISOString(),
    deskId: desk.id,
    deskName: desk.name,
    address: desk.address,
    timezone: desk.timezone,
    isOpen: status.isOpen,
    current: status.current,
    next: status.next,
    upcomingClosures: status.upcomingClosures.slice(0, 10),
    waiting: figures?.waiting ?? (status.isOpen ? 0 : null),
    // Open but nobody has come yet: an empty queue.
    estimatedWait: figures?.estimate ?? (status.isOpen ? estimateWait(0, 0, []) : null),
  };
}

/** The current opening's record if it has one yet (reads never create one). */
const currentOpeningRow = (ctx: Ctx, tenantId: string, desk: DeskView) =>
  currentOpening(ctx, tenantId, desk, true);

/** Everything the desk screen shows. */
export async function queueState(ctx: Ctx, actor: Actor, desk: DeskView): Promise<QueueState> {
  const status = await deskStatus(ctx, actor.tenantId, desk);
  const opening = await currentOpeningRow(ctx, actor.tenantId, desk);
  const settings = { noShowAfterRecalls: desk.queue.noShowAfterRecalls, counters: desk.counters };
  if (!opening) {
    const coPresence = { isComplete: false, missing: desk.organisations };
    const counts = { waiting: 0, done: 0, noShow: 0, cancelled: 0, notServed: 0 };
    return {
      status,
      opening: null,
      presences: [],
      coPresence,
      myPresence: null,
      tickets: [],
      counts,
      settings,
    };
  }
  const [figures, open, previous] = await Promise.all([
    waitFigures(ctx, actor.tenantId, desk, opening),
    repo.ticketsWithStatus(ctx.db, actor.tenantId, opening.id, OPEN_STATUSES),
    repo.callSeries(ctx.db, actor.tenantId, opening.id),
  ]);
  const present = figures.presences.filter((p) => p.checkedOutAt === null);
  const missing = desk.organisations.filter((o) => !present.some((p) => p.organisationId === o.id));
  const inService = open.filter((t) => t.status === 'called' || t.status === 'serving');
  const transferred = open.filter((t) => t.status === 'transferred');
  const tickets = [...inService, ...callOrder(open, previous, ctx.now(), desk), ...transferred].map(
    presentTicket,
  );
  const count = (status: string) => figures.counts.get(status) ?? 0;
  return {
    status,
    opening: openingWindow(opening),
    presences: figures.presences,
    coPresence: { isComplete: missing.length === 0, missing },
    myPresence: present.find((p) => p.userId === actor.userId) ?? null,
    tickets,
    counts: {
      waiting: figures.waiting,
      done: count('done'),
      noShow: count('no_show'),
      cancelled: count('cancelled'),
      notServed: count('not_served'),
    },
    settings,
  };
}

export function presentCall(row: {
  seq: number;
  code: string;
  counter: string | null;
  at: string;
}): DisplayCall {
  return { seq: Number(row.seq), code: row.code, counter: row.counter, at: row.at };
}

/** The waiting-room screen: the current call, the last calls, people waiting, estimated wait. */
export async function displayState(ctx: Ctx, tenantId: string, desk: DeskView): Promise<DisplayState> {
  const status = await deskStatus(ctx, tenantId, desk);
  const opening = await currentOpeningRow(ctx, tenantId, desk);
  const calls = opening
    ? (await repo.recentCalls(ctx.db, tenantId, opening.id, DISPLAY_CALLS)).map(presentCall)
    : [];
  return {
    now: status.now,
    deskName: desk.name,
    timezone: desk.timezone,
    isOpen: status.isOpen,
    next: status.next,
    current: calls[0] ?? null,
    lastCalls: calls,
    waiting: status.waiting ?? 0,
    estimatedWait: status.estimatedWait,
  };
}

/** Calls after `afterSeq` at the current opening, oldest first: what a reconnecting display missed. */
export async function missedCalls(
  ctx: Ctx,
  tenantId: string,
  desk: DeskView,
  afterSeq: number,
): Promise<DisplayCall[]> {
  const opening = await currentOpeningRow(ctx, tenantId, desk);
  if (!opening) return [];
  return (await repo.recentCalls(ctx.db, tenantId, opening.id, DISPLAY_CALLS, afterSeq))
    .map(presentCall)
    .reverse();
}
