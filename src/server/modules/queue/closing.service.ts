/**
 * Closing an opening: at its end plus the desk's grace (a job, every minute)
 * or when an operator closes it. Open tickets are closed and counted, and
 * everyone still checked in is checked out. Safe to run in several processes.
 */
import { type TicketAction, type TicketStatus, TRANSITIONS } from '../../../shared/queue';
import { recordAudit } from '../../audit/trail';
import { type Ctx, inTransaction } from '../../context';
import type { OpeningsTable } from '../../db/tables';
import { deskFor } from '../desks/desks.service';
import * as openings from '../desks/openings.repo';
import { checkOutEveryone } from '../desks/presence.service';
import { markRollupDirty } from '../indicators/rollups.service';
import * as repo from './queue.repo';
import { lockCurrentOpening, recordEvent } from './queue.service';

/** What closing does to each ticket still open: the waiting were not served, the called did not come. */
const CLOSING_MOVES: Partial<Record<TicketStatus, TicketAction>> = {
  waiting: 'close_unserved',
  transferred: 'close_unserved',
  called: 'no_show',
  serving: 'finish',
};

/**
 * Close an opening once: open tickets are closed (see CLOSING_MOVES) and
 * counted, everyone still checked in is checked out. Runs in the caller's
 * transaction, with the opening row locked.
 */
async function closeOpening(tx: Ctx, opening: OpeningsTable, actorId: string | null): Promise<void> {
  const at = tx.now().toISOString();
  if (!(await openings.markClosed(tx.db, opening.tenant_id, opening.id, at))) return;
  const open = await repo.ticketsWithStatus(tx.db, opening.tenant_id, opening.id, Object.keys(CLOSING_MOVES));
  for (const ticket of open) {
    const action = CLOSING_MOVES[ticket.status as TicketStatus]!;
    const to = TRANSITIONS[action].to;
    const { operator_name: _o, transferred_to_name: _t, ...stored } = ticket;
    await repo.updateTicket(tx.db, opening.tenant_id, ticket.id, stored, { status: to, closed_at: at });
    await recordEvent(tx, opening, ticket, action, ticket.status, to, actorId, ticket.counter);
  }
  await checkOutEveryone(tx, opening.tenant_id, opening.id);
  await markRollupDirty(tx, opening.tenant_id, opening.desk_id, opening.date);
  await recordAudit(tx, {
    tenantId: opening.tenant_id,
    actorId,
    action: 'opening.closed',
    entityType: 'opening',
    entityId: opening.id,
    changedFields: ['closed_at'],
  });
  tx.bus.publish({ tenantId: opening.tenant_id, deskId: opening.desk_id });
}

/** An operator closes the current opening now (e.g. the desk empties early). */
export async function closeCurrentOpening(ctx: Ctx, deskId: string): Promise<void> {
  const { actor, desk } = await deskFor(ctx, deskId, 'queue.operate');
  await inTransaction(ctx, async (tx) => {
    const opening = await lockCurrentOpening(tx, actor.tenantId, desk);
    await closeOpening(tx, opening, actor.userId);
  });
}

/**
 * Close every opening whose end plus the desk's closing grace has passed
 * (run every minute by the server; safe to run in several processes at once).
 * Returns how many it closed.
 */
export async function closeDueOpenings(ctx: Ctx): Promise<number> {
  let closed = 0;
  for (const due of await openings.dueForClosing(ctx.db, ctx.now().toISOString())) {
    await inTransaction(ctx, async (tx) => {
      const opening = await openings.lockOpening(tx.db, tx.dialect, due.tenant_id, due.id);
      if (!opening || opening.closed_at) return;
      await closeOpening(tx, opening, null);
      closed += 1;
    });
  }
  return closed;
}
