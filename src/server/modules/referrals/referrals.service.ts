/**
 * Referrals (invii): a request of a contact handed to a service of the
 * directory and tracked until the loop closes. The state machine is data
 * (src/shared/referrals.ts); this file enforces it, keeps every move with
 * who, when and why, and tells the other side. Reading is in
 * referral-reads.service.ts.
 */
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { can } from '../../../shared/permissions';
import {
  ACKNOWLEDGED,
  canMove,
  REASON_REQUIRED,
  type ReferralSide,
  type ReferralStatus,
} from '../../../shared/referrals';
import type { ReferralMove, ReferralValues, ReferralView } from '../../../shared/schemas/referrals';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Actor, type Ctx, inTransaction } from '../../context';
import type { ReferralsTable } from '../../db/tables';
import { updatedOne } from '../../db/writes';
import { conflict, DomainError, forbidden, invalidField } from '../../errors';
import { newId } from '../../ids';
import { loadView } from '../contacts/people.service';
import { deskFor } from '../desks/desks.service';
import { deskCalendar } from '../desks/openings.service';
import { findService } from '../directory/directory.service';
import { markPeopleDirty, markRollupDirtyAt } from '../indicators/rollups.service';
import { detectReReferral } from './bounces.service';
import { addWorkingDays, calendarSpan, overdueFrom } from './deadlines';
import { deliver, notify, type Recipient } from './notifications.service';
import { presentFor, visibleReferral } from './referral-reads.service';
import * as repo from './referrals.repo';

/** Days to acknowledge when the service does not say. */
export const DEFAULT_ACK_WORKING_DAYS = 3;
/** Reached accepted (directly or by starting the work): a later return to the desk is no bounce. */
const TAKEN_ON: readonly ReferralStatus[] = ['accepted', 'in-progress', 'completed'];

// ── deadlines and recipients ──

/** Due date and overdue instant: N working days of the service after today at the desk. */
async function deadline(ctx: Ctx, deskId: string, zone: string, workingDays: number) {
  const today = DateTime.fromJSDate(ctx.now(), { zone }).toISODate()!;
  const to = DateTime.fromISO(today)
    .plus({ days: calendarSpan(workingDays) })
    .toISODate()!;
  const { closures } = await deskCalendar(ctx, deskId, { from: today, to });
  const dueBy = addWorkingDays(today, workingDays, new Set(closures.map((c) => c.date)));
  return { ack_due_by: dueBy, overdue_from: overdueFrom(dueBy, zone) };
}

async function receivers(ctx: Ctx, tenantId: string, organisationId: string): Promise<Recipient[]> {
  return repo.usersWithRole(ctx.db, tenantId, organisationId, 'service_worker');
}

async function sender(ctx: Ctx, tenantId: string, createdBy: string | null): Promise<Recipient[]> {
  return createdBy ? repo.activeUsers(ctx.db, tenantId, [createdBy]) : [];
}

// ── creating ──

async function checkedService(ctx: Ctx, tenantId: string, serviceId: string) {
  const service = await findService(ctx, tenantId, serviceId);
  if (!service) throw invalidField('serviceId', 'validation.unknownService');
  if (service.status !== 'active') throw invalidField('serviceId', 'validation.serviceNotActive');
  return service;
}

/** A person still on record, and the legal basis for sharing: their consent, or a coordinator's recorded other basis. */
async function checkShareBasis(ctx: Ctx, actor: Actor, personId: string, input: ReferralValues) {
  const person = await loadView(ctx, actor.tenantId, personId);
  if (person.mergedIntoId || person.anonymisedAt)
    throw invalidField('requestId', 'validation.personNotIdentified');
  if (input.shareBasis === 'consent') {
    if (person.consents.share_with_services?.granted !== true)
      throw invalidField('shareBasis', 'validation.shareConsentMissing');
    return;
  }
  if (!can(actor.roles, 'referral.override_basis'))
    throw invalidField('shareBasis', 'validation.shareBasisCoordinator');
  if (!input.shareBasisNote) throw invalidField('shareBasisNote', 'validation.required');
}

/**
 * Refer a request of a contact to a service. The request must come from a
 * desk the actor staffs and concern an identified person; sharing needs the
 * person's consent unless a coordinator records another basis (audited).
 */
export async function createReferral(ctx: Ctx, input: ReferralValues): Promise<ReferralView> {
  const actor = requirePermission(ctx, 'referral.send');
  const request = await repo.findRequest(ctx.db, actor.tenantId, input.requestId);
  if (!request) throw invalidField('requestId', 'validation.unknownRequest');
  const { desk } = await deskFor(ctx, request.desk_id, 'referral.send');
  const personId = request.person_id;
  if (!personId) throw invalidField('requestId', 'validation.personNotIdentified');
  const service = await checkedService(ctx, actor.tenantId, input.serviceId);
  await checkShareBasis(ctx, actor, personId, input);
  const due = await deadline(ctx, desk.id, desk.timezone, service.ackWorkingDays ?? DEFAULT_ACK_WORKING_DAYS);

  const status: ReferralStatus = input.send ? 'requested' : 'draft';
  const { id, mails } = await inTransaction(ctx, async (tx) => {
    const at = tx.now().toISOString();
    const row: ReferralsTable = {
      tenant_id: actor.tenantId,
      id: newId(),
      contact_id: request.contact_id,
      request_id: request.id,
      person_id: personId,
      service_id: service.id,
      organisation_id: service.organisationId,
      desk_id: desk.id,
      sender_organisation_id: actor.organisationId,
      area_code: request.area_code,
      category_code: request.category_code,
      reason: input.reason,
      urgency: input.urgency,
      told_person: input.toldPerson,
      share_basis: input.shareBasis,
      share_basis_note: input.shareBasisNote,
      status,
      status_reason: null,
      ...due,
      sent_at: status === 'requested' ? at : null,
      acknowledged_at: null,
      accepted_at: null,
      reminded_at: null,
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertReferral(tx.db, row);
    await repo.insertEvent(tx.db, {
      tenant_id: actor.tenantId,
      referral_id: row.id,
      seq: 1,
      from_status: null,
      to_status: status,
      actor_id: actor.userId,
      organisation_id: actor.organisationId,
      at,
      note: null,
    });
    if (request.outcome_code !== 'referral')
      await repo.setRequestOutcome(tx.db, actor.tenantId, request.id, 'referral');
    if (row.sent_at) await markRollupDirtyAt(tx, actor.tenantId, desk.id, row.sent_at);
    await markPeopleDirty(tx, actor.tenantId, [personId]);
    await detectReReferral(tx, {
      tenantId: actor.tenantId,
      id: row.id,
      personId,
      areaCode: row.area_code,
      deskId: desk.id,
    });
    await recordAudit(tx, {
      action: 'referral.created',
      entityType: 'referral',
      entityId: row.id,
      changedFields: ['status', 'service', 'reason', 'urgency', 'toldPerson', 'shareBasis'],
    });
    if (input.shareBasis !== 'consent')
      await recordAudit(tx, {
        action: 'referral.basis_overridden',
        entityType: 'referral',
        entityId: row.id,
        changedFields: ['shareBasis', 'shareBasisNote'],
      });
    const mails =
      status === 'requested'
        ? await notify(
            tx,
            actor.tenantId,
            await receivers(tx, actor.tenantId, row.organisation_id),
            'referral_received',
            row.id,
            status,
          )
        : [];
    return { id: row.id, mails };
  });
  await deliver(ctx, mails);
  return presentFor(ctx, actor, id);
}

// ── moving ──

/**
 * Move a referral to another status from the actor's side. Only legal moves
 * pass (409 otherwise), a reason is required where the state machine says,
 * the version read must still be current, and the move joins the history.
 */
export async function moveReferral(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ReferralMove>,
): Promise<ReferralView> {
  const actor = requirePermission(ctx, 'referral.read');
  const { row, access } = await visibleReferral(ctx, actor, id);
  if (access.sides.length === 0) throw forbidden();
  if (row.version !== input.version) throw conflict();
  const from = row.status as ReferralStatus;
  const side = access.sides.find((s) => canMove(from, input.to, s));
  if (!side)
    throw new DomainError('conflict', 'errors.referralMove', { from, to: input.to }, [], 'illegal_move');
  if (REASON_REQUIRED.includes(input.to) && !input.note)
    throw invalidField('note', 'validation.reasonRequired');
  const sending = from === 'draft' && input.to === 'requested';
  const service = sending ? await checkedService(ctx, actor.tenantId, row.service_id) : null;
  const zone = sending ? (await deskFor(ctx, row.desk_id, 'referral.send')).desk.timezone : null;
  const due = service && zone ? await deadline(ctx, row.desk_id, zone, service.ackWorkingDays) : {};

  const mails = await inTransaction(ctx, async (tx) => {
    const at = tx.now().toISOString();
    const patch: Partial<ReferralsTable> = {
      status: input.to,
      status_reason: input.note,
      updated_at: at,
      ...due,
      ...(sending ? { sent_at: at } : {}),
      ...(ACKNOWLEDGED.includes(input.to) && !row.acknowledged_at ? { acknowledged_at: at } : {}),
      ...(TAKEN_ON.includes(input.to) && !row.accepted_at ? { accepted_at: at } : {}),
    };
    if (!updatedOne(await repo.updateReferral(tx.db, actor.tenantId, id, input.version, patch)))
      throw conflict();
    const sentAt = sending ? at : row.sent_at;
    if (sentAt) await markRollupDirtyAt(tx, actor.tenantId, row.desk_id, sentAt);
    await repo.insertEvent(tx.db, {
      tenant_id: actor.tenantId,
      referral_id: id,
      seq: (await repo.lastSeq(tx.db, actor.tenantId, id)) + 1,
      from_status: from,
      to_status: input.to,
      actor_id: actor.userId,
      organisation_id: actor.organisationId,
      at,
      note: input.note,
    });
    await recordAudit(tx, {
      action: 'referral.moved',
      entityType: 'referral',
      entityId: id,
      changedFields: Object.keys(patch).filter((k) => k !== 'updated_at'),
    });
    return tellOtherSide(tx, row, side, input.to);
  });
  await deliver(ctx, mails);
  return presentFor(ctx, actor, id);
}

/**
 * Who hears of a move: the sender (unless they made it), and the receiving
 * service when the desk moved a referral it had already sent (or sends it now).
 */
async function tellOtherSide(
  tx: Ctx,
  row: { tenant_id: string; id: string; status: string; organisation_id: string; created_by: string | null },
  side: ReferralSide,
  to: ReferralStatus,
) {
  const sending = row.status === 'draft' && to === 'requested';
  const toSender = await notify(
    tx,
    row.tenant_id,
    await sender(tx, row.tenant_id, row.created_by),
    'referral_moved',
    row.id,
    to,
  );
  const toReceivers =
    side === 'sender' && (sending || row.status !== 'draft')
      ? await notify(
          tx,
          row.tenant_id,
          await receivers(tx, row.tenant_id, row.organisation_id),
          sending ? 'referral_received' : 'referral_moved',
          row.id,
          to,
        )
      : [];
  return [...toSender, ...toReceivers];
}
