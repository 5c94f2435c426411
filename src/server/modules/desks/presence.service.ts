/**
 * Who is at the desk: operators check in to the current opening at a counter
 * and check out (or are checked out when the opening closes). The history
 * stays for the co-presence indicators.
 */
import type { OrganisationKind } from '../../../shared/roles';
import type { CheckIn, PresenceView } from '../../../shared/schemas/queue';
import { recordAudit } from '../../audit/trail';
import { type Ctx, inTransaction } from '../../context';
import { DomainError } from '../../errors';
import { newId } from '../../ids';
import { markRollupDirty } from '../indicators/rollups.service';
import { deskFor } from './desks.service';
import * as repo from './openings.repo';
import { currentOpening } from './openings.service';

export const noOpening = () => new DomainError('conflict', 'errors.noOpening', {}, [], 'no_opening');

/** Check the acting operator in at the current opening (again: just moves them to another counter). */
export async function checkIn(ctx: Ctx, deskId: string, input: CheckIn): Promise<void> {
  const { actor, desk } = await deskFor(ctx, deskId, 'queue.operate');
  await inTransaction(ctx, async (tx) => {
    const opening = await currentOpening(tx, actor.tenantId, desk);
    if (!opening || opening.closed_at) throw noOpening();
    const at = tx.now().toISOString();
    await repo.checkOut(tx.db, actor.tenantId, opening.id, at, 'manual', actor.userId);
    const id = newId();
    await repo.insertPresence(tx.db, {
      tenant_id: actor.tenantId,
      id,
      desk_id: deskId,
      opening_id: opening.id,
      user_id: actor.userId,
      organisation_id: actor.organisationId,
      counter: input.counter,
      checked_in_at: at,
      checked_out_at: null,
      checkout_reason: null,
    });
    await markRollupDirty(tx, actor.tenantId, deskId, opening.date);
    await recordAudit(tx, {
      action: 'presence.checked_in',
      entityType: 'presence',
      entityId: id,
      changedFields: ['counter'],
    });
    tx.bus.publish({ tenantId: actor.tenantId, deskId });
  });
}

export async function checkOut(ctx: Ctx, deskId: string): Promise<void> {
  const { actor, desk } = await deskFor(ctx, deskId, 'queue.operate');
  await inTransaction(ctx, async (tx) => {
    const opening = await currentOpening(tx, actor.tenantId, desk);
    if (!opening) return;
    const present = (await repo.presencesAt(tx.db, actor.tenantId, opening.id)).find(
      (p) => p.user_id === actor.userId && p.checked_out_at === null,
    );
    if (!present) return;
    await repo.checkOut(tx.db, actor.tenantId, opening.id, tx.now().toISOString(), 'manual', actor.userId);
    await markRollupDirty(tx, actor.tenantId, deskId, opening.date);
    await recordAudit(tx, { action: 'presence.checked_out', entityType: 'presence', entityId: present.id });
    tx.bus.publish({ tenantId: actor.tenantId, deskId });
  });
}

/** Everyone checked in at an opening, present and past, earliest first. */
export async function presencesAt(ctx: Ctx, tenantId: string, openingId: string): Promise<PresenceView[]> {
  const rows = await repo.presencesAt(ctx.db, tenantId, openingId);
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    userName: row.user_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationKind: row.organisation_kind as OrganisationKind,
    counter: row.counter,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
  }));
}

/** At closing: everyone still checked in is checked out. Runs in the caller's transaction. */
export async function checkOutEveryone(tx: Ctx, tenantId: string, openingId: string): Promise<number> {
  return repo.checkOut(tx.db, tenantId, openingId, tx.now().toISOString(), 'closing');
}
