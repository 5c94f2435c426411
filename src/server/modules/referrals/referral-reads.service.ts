/**
 * Reading referrals: one with its history, the inbox and the sent box, a
 * person's referrals for the timeline, the FHIR view. Who sees what is the
 * policy's; a referral the actor may not see is "not found". Every read
 * through the API leaves an audit event.
 */
import type { z } from 'zod';
import { can } from '../../../shared/permissions';
import type { ReferralStatus } from '../../../shared/referrals';
import type {
  FhirServiceRequest,
  FhirTask,
  ReferralList,
  ReferralListItem,
  ReferralListQuery,
  ReferralView,
} from '../../../shared/schemas/referrals';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Actor, type Ctx, inTransaction } from '../../context';
import { forbidden, notFound } from '../../errors';
import { accessTo, allowedMoves, type ReferralAccess } from './referrals.policy';
import * as repo from './referrals.repo';
import { fhirServiceRequest, fhirTask, presentListItem, presentReferral } from './referrals.views';

// ── access ──

async function accessFor(ctx: Ctx, actor: Actor, row: repo.ReferralRow): Promise<ReferralAccess> {
  const deskOrganisationIds = await repo.deskOrganisationIds(ctx.db, actor.tenantId, row.desk_id);
  return accessTo(actor, {
    organisationId: row.organisation_id,
    deskOrganisationIds,
    isSent: row.sent_at !== null,
  });
}

/** The referral, if the actor may see it; otherwise not found (its existence is not revealed). */
export async function visibleReferral(ctx: Ctx, actor: Actor, id: string) {
  const row = await repo.findReferral(ctx.db, actor.tenantId, id);
  if (!row) throw notFound();
  const access = await accessFor(ctx, actor, row);
  if (!access.isVisible) throw notFound();
  return { row, access };
}

/** The referral as the actor sees it, with its history and the moves they may make. */
export async function presentFor(ctx: Ctx, actor: Actor, id: string): Promise<ReferralView> {
  const { row, access } = await visibleReferral(ctx, actor, id);
  const events = await repo.eventsOf(ctx.db, actor.tenantId, id);
  return presentReferral(row, allowedMoves(row.status as ReferralStatus, access.sides), events, ctx.now());
}

// ── reading ──

/** One referral with its history and the moves I may make; an audited read. */
export async function getReferral(ctx: Ctx, id: string): Promise<ReferralView> {
  const actor = requirePermission(ctx, 'referral.read');
  return inTransaction(ctx, async (tx) => {
    const view = await presentFor(tx, actor, id);
    await recordAudit(tx, { action: 'referral.viewed', entityType: 'referral', entityId: id });
    return view;
  });
}

async function listItems(ctx: Ctx, actor: Actor, rows: repo.ReferralRow[]): Promise<ReferralListItem[]> {
  const staffing = new Map<string, string[]>();
  const items: ReferralListItem[] = [];
  for (const row of rows) {
    let deskOrganisationIds = staffing.get(row.desk_id);
    if (!deskOrganisationIds) {
      deskOrganisationIds = await repo.deskOrganisationIds(ctx.db, actor.tenantId, row.desk_id);
      staffing.set(row.desk_id, deskOrganisationIds);
    }
    const access = accessTo(actor, {
      organisationId: row.organisation_id,
      deskOrganisationIds,
      isSent: row.sent_at !== null,
    });
    if (!access.isVisible) continue;
    items.push(presentListItem(row, allowedMoves(row.status as ReferralStatus, access.sides), ctx.now()));
  }
  return items;
}

/**
 * My inbox (referrals to my organisation's services) or what the desks I
 * staff sent, newest first, optionally only overdue ones; an audited read.
 */
export async function listReferrals(
  ctx: Ctx,
  query: z.output<typeof ReferralListQuery>,
): Promise<z.output<typeof ReferralList>> {
  const actor = requirePermission(ctx, 'referral.read');
  if (query.box === 'sent' && !can(actor.roles, 'referral.send')) throw forbidden();
  return inTransaction(ctx, async (tx) => {
    const rows = await repo.listReferrals(tx.db, actor.tenantId, {
      ...(query.box === 'inbox'
        ? { organisationId: actor.organisationId }
        : { deskIds: await repo.desksStaffedBy(tx.db, actor.tenantId, actor.organisationId) }),
      personId: query.personId,
      status: query.status,
      overdueAt: query.overdueOnly ? tx.now().toISOString() : undefined,
      limit: query.limit,
    });
    await recordAudit(tx, {
      action: 'referral.listed',
      entityType: 'referral',
      entityId: query.personId ?? null,
    });
    return { referrals: await listItems(tx, actor, rows) };
  });
}

/** A person's referrals for the timeline (desk side); no audit (the timeline's read is audited). */
export async function referralsOfPerson(
  ctx: Ctx,
  actor: Actor,
  personId: string,
): Promise<ReferralListItem[]> {
  const rows = await repo.listReferrals(ctx.db, actor.tenantId, { personId, limit: 200 });
  return listItems(ctx, actor, rows);
}

// ── FHIR ──

async function fhirRead<T>(ctx: Ctx, id: string, shape: (row: repo.ReferralRow) => T): Promise<T> {
  const actor = requirePermission(ctx, 'referral.read');
  return inTransaction(ctx, async (tx) => {
    const { row } = await visibleReferral(tx, actor, id);
    await recordAudit(tx, { action: 'referral.viewed', entityType: 'referral', entityId: id });
    return shape(row);
  });
}

/** The referral as a FHIR R4 ServiceRequest; same visibility as the referral, audited. */
export const getFhirServiceRequest = (ctx: Ctx, id: string): Promise<FhirServiceRequest> =>
  fhirRead(ctx, id, fhirServiceRequest);

/** The referral's FHIR R4 Task (focus: the ServiceRequest); same visibility, audited. */
export const getFhirTask = (ctx: Ctx, id: string): Promise<FhirTask> => fhirRead(ctx, id, fhirTask);
