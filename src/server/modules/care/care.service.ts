/**
 * The "already in care" registry (prese in carico): which service and case
 * worker already follow a person, so the desk sends them back to their own
 * worker instead of starting over. Relations hold names: every read through
 * the API leaves an audit event; the helpers for other services leave the
 * audit to their caller.
 */
import type { z } from 'zod';
import type {
  CareRelationInput,
  CareRelationList,
  CareRelationQuery,
  CareRelationUpdate,
  CareRelationView,
} from '../../../shared/schemas/people';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction, localToday } from '../../context';
import type { CareRelationsTable } from '../../db/tables';
import { changedFields, updatedOne } from '../../db/writes';
import { conflict, invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import * as repo from './care.repo';

export function presentRelation(row: repo.RelationRow, today: string): CareRelationView {
  return {
    id: row.id,
    personId: row.person_id,
    personName: `${row.given_name} ${row.family_name}`.trim(),
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    serviceName: row.service_name,
    caseWorkerName: row.case_worker_name,
    caseWorkerContact: row.case_worker_contact,
    caseWorkerUserId: row.case_worker_user_id,
    startDate: row.start_date,
    endDate: row.end_date,
    active: row.start_date <= today && (row.end_date === null || row.end_date >= today),
    source: row.source,
    externalRef: row.external_ref,
    version: row.version,
  };
}

// ── for other services: no access check, no audit (the caller does both) ──

/** The care relations of these people, optionally only those running on `activeOn`. */
export async function careRelationsOf(
  ctx: Ctx,
  tenantId: string,
  personIds: string[],
  options: { activeOn?: string } = {},
): Promise<CareRelationView[]> {
  const rows = await repo.listRelations(ctx.db, tenantId, { personIds, activeOn: options.activeOn });
  const today = localToday(ctx);
  return rows.map((row) => presentRelation(row, today));
}

export async function findCareRelation(
  ctx: Ctx,
  tenantId: string,
  id: string,
): Promise<CareRelationView | null> {
  const row = await repo.findRelation(ctx.db, tenantId, id);
  return row ? presentRelation(row, localToday(ctx)) : null;
}

// ── the registry through the API ──

/** List relations (of one person, or all), newest first; an audited read. */
export async function listCareRelations(
  ctx: Ctx,
  query: z.output<typeof CareRelationQuery>,
): Promise<z.output<typeof CareRelationList>> {
  const actor = requirePermission(ctx, 'care.read');
  const today = localToday(ctx);
  return inTransaction(ctx, async (tx) => {
    const rows = await repo.listRelations(tx.db, actor.tenantId, {
      personIds: query.personId ? [query.personId] : undefined,
      activeOn: query.activeOnly ? today : undefined,
      limit: query.limit,
    });
    await recordAudit(tx, {
      action: 'care.listed',
      entityType: 'care_relation',
      entityId: query.personId ?? null,
    });
    return { relations: rows.map((row) => presentRelation(row, today)) };
  });
}

type RelationFields = z.output<typeof CareRelationInput>;

/** Record a relation by hand; the person, the organisation and the case worker's account must exist. */
export async function createCareRelation(ctx: Ctx, input: RelationFields): Promise<CareRelationView> {
  const actor = requirePermission(ctx, 'care.manage');
  return inTransaction(ctx, async (tx) => {
    await assertReferences(tx, actor.tenantId, input);
    const at = tx.now().toISOString();
    const row: CareRelationsTable = {
      tenant_id: actor.tenantId,
      id: newId(),
      ...relationColumns(input),
      source: 'manual',
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertRelation(tx.db, row);
    await recordAudit(tx, {
      action: 'care.created',
      entityType: 'care_relation',
      entityId: row.id,
      changedFields: Object.keys(relationColumns(input)),
    });
    return present(tx, actor.tenantId, row.id);
  });
}

/** Edit a relation (e.g. set its end date); refuses when someone else saved since `input.version`. */
export async function updateCareRelation(
  ctx: Ctx,
  id: string,
  input: z.output<typeof CareRelationUpdate>,
): Promise<CareRelationView> {
  const actor = requirePermission(ctx, 'care.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findRelation(tx.db, actor.tenantId, id);
    if (!before) throw notFound();
    await assertReferences(tx, actor.tenantId, input);
    const patch = relationColumns(input);
    const fields = changedFields(before, patch);
    const result = await repo.updateRelation(tx.db, actor.tenantId, id, input.version, {
      ...patch,
      updated_at: tx.now().toISOString(),
    });
    if (!updatedOne(result)) throw conflict();
    await recordAudit(tx, {
      action: 'care.updated',
      entityType: 'care_relation',
      entityId: id,
      changedFields: fields,
    });
    return present(tx, actor.tenantId, id);
  });
}

function relationColumns(input: RelationFields) {
  return {
    person_id: input.personId,
    organisation_id: input.organisationId,
    service_name: input.serviceName,
    case_worker_name: input.caseWorkerName,
    case_worker_contact: input.caseWorkerContact ?? null,
    case_worker_user_id: input.caseWorkerUserId ?? null,
    start_date: input.startDate,
    end_date: input.endDate ?? null,
    external_ref: input.externalRef ?? null,
  };
}

async function assertReferences(tx: Ctx, tenantId: string, input: RelationFields) {
  const person = await repo.findPerson(tx.db, tenantId, input.personId);
  if (!person || person.merged_into_id) throw invalidField('personId', 'validation.unknownPerson');
  if (!(await repo.findOrganisation(tx.db, tenantId, input.organisationId)))
    throw invalidField('organisationId', 'validation.unknownOrganisation');
  if (input.caseWorkerUserId && !(await repo.isActiveUser(tx.db, tenantId, input.caseWorkerUserId)))
    throw invalidField('caseWorkerUserId', 'validation.unknownUser');
}

async function present(ctx: Ctx, tenantId: string, id: string): Promise<CareRelationView> {
  const row = await repo.findRelation(ctx.db, tenantId, id);
  if (!row) throw notFound();
  return presentRelation(row, localToday(ctx));
}
