/**
 * Bounces (rimpalli, DESIGN.md §3): within BOUNCE_WINDOW_DAYS, for the same
 * person and area, a referral rejected or failed and then a new referral
 * (re_referred), or the person back at the desk after a referral that never
 * reached accepted (came_back). Each is recorded once, in the transaction
 * of the change that revealed it.
 */
import { DateTime } from 'luxon';
import { can } from '../../../shared/permissions';
import { BOUNCE_WINDOW_DAYS } from '../../../shared/referrals';
import type { BounceList, BounceQuery, BounceView } from '../../../shared/schemas/referrals';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction } from '../../context';
import type { BouncesTable } from '../../db/tables';
import { forbidden } from '../../errors';
import { newId } from '../../ids';
import { deskFor } from '../desks/desks.service';
import { markRollupDirtyAt } from '../indicators/rollups.service';
import * as repo from './bounces.repo';
import { desksStaffedBy } from './referrals.repo';

const windowStart = (ctx: Ctx) =>
  DateTime.fromJSDate(ctx.now()).minus({ days: BOUNCE_WINDOW_DAYS }).toUTC().toISO()!;

function present(row: BouncesTable): BounceView {
  return {
    id: row.id,
    personId: row.person_id,
    areaCode: row.area_code,
    kind: row.kind,
    referralId: row.referral_id,
    previousReferralId: row.previous_referral_id,
    contactId: row.contact_id,
    detectedAt: row.detected_at,
  };
}

/** A new referral after a rejected or failed one (same person, same area, within the window): a re_referred bounce. */
export async function detectReReferral(
  tx: Ctx,
  referral: { tenantId: string; id: string; personId: string; areaCode: string; deskId: string },
): Promise<void> {
  const previous = await repo.lastFailedReferral(
    tx.db,
    referral.tenantId,
    referral.personId,
    referral.areaCode,
    windowStart(tx),
    referral.id,
  );
  if (!previous) return;
  await repo.insertBounce(tx.db, {
    tenant_id: referral.tenantId,
    id: newId(),
    person_id: referral.personId,
    area_code: referral.areaCode,
    kind: 're_referred',
    referral_id: referral.id,
    previous_referral_id: previous.id,
    contact_id: null,
    desk_id: referral.deskId,
    detected_at: tx.now().toISOString(),
  });
  await markRollupDirtyAt(tx, referral.tenantId, referral.deskId, tx.now().toISOString());
}

/**
 * The person is back at the desk with a request in an area where a referral
 * of the window never reached accepted: one came_back bounce per such
 * referral. Call inside the transaction that saves the contact.
 */
export async function detectComeBack(
  tx: Ctx,
  contact: {
    tenantId: string;
    personId: string;
    contactId: string;
    deskId: string;
    areaCodes: readonly string[];
  },
): Promise<void> {
  const referrals = await repo.unacceptedReferrals(
    tx.db,
    contact.tenantId,
    contact.personId,
    [...new Set(contact.areaCodes)],
    windowStart(tx),
    contact.contactId,
  );
  for (const referral of referrals) {
    await repo.insertBounce(tx.db, {
      tenant_id: contact.tenantId,
      id: newId(),
      person_id: contact.personId,
      area_code: referral.area_code,
      kind: 'came_back',
      referral_id: referral.id,
      previous_referral_id: null,
      contact_id: contact.contactId,
      desk_id: contact.deskId,
      detected_at: tx.now().toISOString(),
    });
  }
  if (referrals.length > 0)
    await markRollupDirtyAt(tx, contact.tenantId, contact.deskId, tx.now().toISOString());
}

/** A person's bounces for the timeline; no access check, no audit (the caller does both). */
export async function bouncesOfPerson(ctx: Ctx, tenantId: string, personId: string): Promise<BounceView[]> {
  return (await repo.listBounces(ctx.db, tenantId, { personId })).map(present);
}

/**
 * Bounces seen at one desk, or at every desk my organisation staffs; an
 * audited read. Bounces are the desk's: the receiving services do not list them.
 */
export async function listBounces(ctx: Ctx, query: BounceQuery): Promise<BounceList> {
  const actor = requirePermission(ctx, 'referral.read');
  if (!can(actor.roles, 'referral.send')) throw forbidden();
  const deskIds = query.deskId
    ? [(await deskFor(ctx, query.deskId, 'referral.send')).desk.id]
    : await desksStaffedBy(ctx.db, actor.tenantId, actor.organisationId);
  return inTransaction(ctx, async (tx) => {
    const rows = await repo.listBounces(tx.db, actor.tenantId, { deskIds, personId: query.personId });
    await recordAudit(tx, {
      action: 'bounce.listed',
      entityType: 'bounce',
      entityId: query.personId ?? null,
    });
    return { bounces: rows.map(present) };
  });
}
