/**
 * The walk-in queue: issuing tickets (operator or kiosk), calling them, and
 * every other move of the ticket state machine (src/shared/queue.ts). Every
 * change locks the opening's row first, so changes at one opening happen one
 * at a time on both engines: two operators pressing "call next" together get
 * two different tickets. Each change is numbered in ticket_events and
 * announced once committed.
 */
import {
  canTransition,
  DEFAULT_QUEUE_POLICY,
  pickNext,
  SERIES,
  type TicketAction,
  type TicketStatus,
  TRANSITIONS,
  ticketCode,
} from '../../../shared/queue';
import type { DeskView } from '../../../shared/schemas/accounts';
import type { IssueTicket, TicketReceipt, TicketView, TransferTicket } from '../../../shared/schemas/queue';
import { requirePermission } from '../../auth/policies';
import { type Actor, type Ctx, inTransaction } from '../../context';
import type { OpeningsTable, TicketsTable } from '../../db/tables';
import { DomainError, forbidden, notFound } from '../../errors';
import { newId } from '../../ids';
import { deskFor, publicDesk } from '../desks/desks.service';
import * as openings from '../desks/openings.repo';
import { currentOpening } from '../desks/openings.service';
import { noOpening, presencesAt } from '../desks/presence.service';
import type { DeviceIdentity } from '../devices/devices.service';
import { markRollupDirty } from '../indicators/rollups.service';
import * as repo from './queue.repo';
import { deskStatus, presentTicket } from './queue.views';

const ticketChanged = (code: string, status: string) =>
  new DomainError('conflict', 'errors.ticketChanged', { code, status }, [], 'ticket_changed');

/** The desk's current opening, locked for this transaction; creates it if the desk is in one. */
export async function lockCurrentOpening(tx: Ctx, tenantId: string, desk: DeskView): Promise<OpeningsTable> {
  const opening = await currentOpening(tx, tenantId, desk);
  if (!opening) throw noOpening();
  const locked = (await openings.lockOpening(tx.db, tx.dialect, tenantId, opening.id))!;
  if (locked.closed_at) throw new DomainError('conflict', 'errors.openingClosed', {}, [], 'opening_closed');
  return locked;
}

/** Number the change at its opening, store it, and announce it once committed. */
export async function recordEvent(
  tx: Ctx,
  opening: OpeningsTable,
  ticket: Pick<TicketsTable, 'id' | 'desk_id'>,
  action: TicketAction | 'issue',
  from: string | null,
  to: string,
  actorId: string | null,
  counter: string | null,
) {
  const seq = await repo.nextEventSeq(tx.db, opening.tenant_id, opening.id);
  await repo.insertEvent(tx.db, {
    tenant_id: opening.tenant_id,
    opening_id: opening.id,
    seq,
    ticket_id: ticket.id,
    action,
    status_from: from,
    status_to: to,
    at: tx.now().toISOString(),
    actor_id: actorId,
    counter,
  });
  await markRollupDirty(tx, opening.tenant_id, opening.desk_id, opening.date);
  tx.bus.publish({
    tenantId: opening.tenant_id,
    deskId: ticket.desk_id,
    isCall: action === 'call' || action === 'recall',
  });
}

async function insertTicket(
  tx: Ctx,
  opening: OpeningsTable,
  input: IssueTicket,
  origin: { channel: 'operator' | 'kiosk'; actorId: string | null; deviceId: string | null },
): Promise<repo.TicketRow> {
  const series = input.priorityReason ? SERIES.priority : SERIES.standard;
  const number = await repo.nextNumber(tx.db, opening.tenant_id, opening.id, series);
  const row: TicketsTable = {
    tenant_id: opening.tenant_id,
    id: newId(),
    desk_id: opening.desk_id,
    opening_id: opening.id,
    series,
    number,
    code: ticketCode(series, number),
    priority_reason: input.priorityReason,
    status: 'waiting',
    channel: origin.channel,
    language: input.language,
    device_id: origin.deviceId,
    issued_at: tx.now().toISOString(),
    first_called_at: null,
    called_at: null,
    serving_at: null,
    closed_at: null,
    recalls: 0,
    counter: null,
    operator_id: null,
    transferred_to: null,
    contact_id: null,
    version: 1,
  };
  await repo.insertTicket(tx.db, row);
  await recordEvent(tx, opening, row, 'issue', null, 'waiting', origin.actorId, null);
  return (await repo.findTicket(tx.db, opening.tenant_id, row.id))!;
}

/** "Nuovo arrivo": an operator issues a ticket for someone at the desk. */
export async function issueTicket(ctx: Ctx, deskId: string, input: IssueTicket): Promise<TicketView> {
  const { actor, desk } = await deskFor(ctx, deskId, 'queue.operate');
  return inTransaction(ctx, async (tx) => {
    const opening = await lockCurrentOpening(tx, actor.tenantId, desk);
    const ticket = await insertTicket(tx, opening, input, {
      channel: 'operator',
      actorId: actor.userId,
      deviceId: null,
    });
    return presentTicket(ticket);
  });
}

/** A paired kiosk issues a ticket; only while the desk is open (not before or after). */
export async function issueFromKiosk(
  ctx: Ctx,
  device: DeviceIdentity,
  input: IssueTicket,
): Promise<{ receipt: TicketReceipt; ticketId: string }> {
  const desk = await publicDesk(ctx, device.tenantId, device.deskId);
  const status = await deskStatus(ctx, device.tenantId, desk);
  if (!status.isOpen) throw noOpening();
  const ticket = await inTransaction(ctx, async (tx) => {
    const opening = await lockCurrentOpening(tx, device.tenantId, desk);
    return insertTicket(tx, opening, input, { channel: 'kiosk', actorId: null, deviceId: device.id });
  });
  const receipt = {
    ticketId: ticket.id,
    code: ticket.code,
    isPriority: ticket.series === SERIES.priority,
    issuedAt: ticket.issued_at,
    deskName: desk.name,
    ahead: status.waiting ?? 0,
    estimatedWait: status.estimatedWait,
  };
  return { receipt, ticketId: ticket.id };
}

/** The operator's presence at the opening; acting on the queue needs one. */
async function requirePresence(tx: Ctx, actor: Actor, opening: OpeningsTable) {
  const presence = (await presencesAt(tx, actor.tenantId, opening.id)).find(
    (p) => p.userId === actor.userId && p.checkedOutAt === null,
  );
  if (!presence) throw forbidden('errors.notCheckedIn', 'not_checked_in');
  return presence;
}

/** "Chiama il prossimo": the next ticket by the queue policy, or null when nobody waits. */
export async function callNext(ctx: Ctx, deskId: string): Promise<TicketView | null> {
  const { actor, desk } = await deskFor(ctx, deskId, 'queue.operate');
  return inTransaction(ctx, async (tx) => {
    const opening = await lockCurrentOpening(tx, actor.tenantId, desk);
    const presence = await requirePresence(tx, actor, opening);
    const [open, previous] = await Promise.all([
      repo.ticketsWithStatus(tx.db, actor.tenantId, opening.id, ['waiting', 'transferred']),
      repo.callSeries(tx.db, actor.tenantId, opening.id),
    ]);
    const queued = open.map((t) => ({
      id: t.id,
      series: t.series,
      issuedAt: t.issued_at,
      status: t.status as TicketStatus,
      transferredTo: t.transferred_to,
    }));
    const next = pickNext(queued, previous, actor.userId, tx.now(), {
      ...DEFAULT_QUEUE_POLICY,
      ...desk.queue,
    });
    if (!next) return null;
    const ticket = open.find((t) => t.id === next.id)!;
    return presentTicket(await move(tx, actor, opening, ticket, 'call', presence.counter, {}));
  });
}

/** Any other move of one ticket, checked against the state machine and the version the operator saw. */
export async function ticketAction(
  ctx: Ctx,
  ticketId: string,
  action: Exclude<TicketAction, 'close_unserved'>,
  input: { version: number } & Partial<Pick<TransferTicket, 'toUserId'>>,
): Promise<TicketView> {
  const actor = requirePermission(ctx, 'queue.operate');
  const found = await repo.findTicket(ctx.db, actor.tenantId, ticketId);
  if (!found) throw notFound();
  const { desk } = await deskFor(ctx, found.desk_id, 'queue.operate');
  return inTransaction(ctx, async (tx) => {
    const opening = (await openings.lockOpening(tx.db, tx.dialect, actor.tenantId, found.opening_id))!;
    if (opening.closed_at)
      throw new DomainError('conflict', 'errors.openingClosed', {}, [], 'opening_closed');
    const presence = await requirePresence(tx, actor, opening);
    const ticket = (await repo.findTicket(tx.db, actor.tenantId, ticketId))!;
    if (ticket.version !== input.version || !canTransition(ticket.status as TicketStatus, action)) {
      throw ticketChanged(ticket.code, ticket.status);
    }
    if (action === 'no_show' && ticket.recalls < desk.queue.noShowAfterRecalls) {
      throw new DomainError(
        'validation',
        'errors.noShowTooEarly',
        { recalls: desk.queue.noShowAfterRecalls },
        [],
        'no_show_too_early',
      );
    }
    const extra: Partial<TicketsTable> = {};
    if (action === 'transfer') {
      const target = (await presencesAt(tx, actor.tenantId, opening.id)).find(
        (p) => p.userId === input.toUserId && p.checkedOutAt === null,
      );
      if (!target)
        throw new DomainError('validation', 'errors.transferTarget', {}, [
          { field: 'toUserId', message: 'errors.transferTarget' },
        ]);
      extra.transferred_to = target.userId;
    }
    return presentTicket(await move(tx, actor, opening, ticket, action, presence.counter, extra));
  });
}

/** What each move changes on the ticket besides its status. */
function changesFor(
  action: TicketAction,
  ticket: TicketsTable,
  actor: Actor,
  counter: string,
  at: string,
): Partial<TicketsTable> {
  switch (action) {
    case 'call':
      return {
        called_at: at,
        first_called_at: ticket.first_called_at ?? at,
        operator_id: actor.userId,
        counter,
        transferred_to: null,
      };
    case 'recall':
      return { called_at: at, recalls: ticket.recalls + 1 };
    case 'serve':
      return { serving_at: at, operator_id: actor.userId, counter };
    case 'return':
      return { operator_id: null, counter: null };
    case 'transfer':
      return { operator_id: null, counter: null };
    default:
      return { closed_at: at };
  }
}

async function move(
  tx: Ctx,
  actor: Actor,
  opening: OpeningsTable,
  ticket: repo.TicketRow,
  action: TicketAction,
  counter: string,
  extra: Partial<TicketsTable>,
): Promise<repo.TicketRow> {
  const to = TRANSITIONS[action].to;
  const at = tx.now().toISOString();
  const patch = { ...changesFor(action, ticket, actor, counter, at), ...extra, status: to };
  const { operator_name: _o, transferred_to_name: _t, ...stored } = ticket;
  if (!(await repo.updateTicket(tx.db, actor.tenantId, ticket.id, stored, patch)))
    throw ticketChanged(ticket.code, ticket.status);
  await recordEvent(
    tx,
    opening,
    ticket,
    action,
    ticket.status,
    to,
    actor.userId,
    patch.counter ?? ticket.counter,
  );
  return (await repo.findTicket(tx.db, actor.tenantId, ticket.id))!;
}

/**
 * A contact was saved for this ticket (inside the contact's transaction): link
 * them, and when the ticket is still being served, finish it — saving the
 * contact is the end of the visit, one keystroke instead of two.
 */
export async function linkTicketToContact(
  tx: Ctx,
  actor: Actor,
  ticket: repo.TicketRow,
  contactId: string,
): Promise<void> {
  const opening = (await openings.lockOpening(tx.db, tx.dialect, actor.tenantId, ticket.opening_id))!;
  const current = (await repo.findTicket(tx.db, actor.tenantId, ticket.id))!;
  await repo.setTicketContact(tx.db, actor.tenantId, ticket.id, contactId);
  if (current.status === 'serving' && !opening.closed_at) {
    await move(tx, actor, opening, current, 'finish', current.counter ?? '', {});
  }
}
