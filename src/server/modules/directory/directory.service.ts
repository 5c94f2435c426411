/**
 * The service directory: search for the desk, one service, and the
 * coordinators' edits (their own organisation's services; admins any).
 * Directory data is not personal data: reads leave no audit event, writes do,
 * in the same transaction.
 */
import type { z } from 'zod';
import type {
  ServiceInput,
  ServiceList,
  ServiceQuery,
  ServiceUpdate,
  ServiceView,
} from '../../../shared/schemas/directory';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Actor, type Ctx, inTransaction } from '../../context';
import { changedFields } from '../../db/writes';
import { forbidden, invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import { loadTermIndex } from '../vocabularies/vocabularies.service';
import * as repo from './directory.repo';
import { searchTerms } from './search-text';
import { presentService, saveService, serviceColumns } from './service-record';

export type { ServiceView };

// ── for other modules (referrals): no access check, no audit ──

/** One service of the tenant with its organisation, or null; the caller checks access. */
export async function findService(ctx: Ctx, tenantId: string, id: string): Promise<ServiceView | null> {
  const row = await repo.findService(ctx.db, tenantId, id);
  if (!row) return null;
  return presentService(row, await repo.childrenOf(ctx.db, tenantId, [id]));
}

/**
 * Add a service for the demo loader and the bench: no access check; the
 * organisation must be the tenant's. Audited like any creation.
 */
export async function insertService(
  tx: Ctx,
  tenantId: string,
  values: z.output<typeof ServiceInput>,
): Promise<string> {
  const organisation = await repo.findOrganisation(tx.db, tenantId, values.organisationId);
  if (!organisation) throw invalidField('organisationId', 'validation.unknownOrganisation');
  const id = newId();
  await saveService(tx, values, {
    tenantId,
    id,
    organisationName: organisation.name,
    hsdsDocument: null,
    version: null,
  });
  await recordAudit(tx, {
    tenantId,
    action: 'service.created',
    entityType: 'directory_service',
    entityId: id,
  });
  return id;
}

// ── through the API ──

/** Search the directory: every word as a prefix, accents ignored, best match first (no words: by name). */
export async function searchServices(ctx: Ctx, query: z.output<typeof ServiceQuery>): Promise<ServiceList> {
  const actor = requirePermission(ctx, 'directory.read');
  return searchServicesOf(ctx, actor.tenantId, query);
}

/** The search without the access check, for the bench and other services. */
export async function searchServicesOf(
  ctx: Ctx,
  tenantId: string,
  query: z.output<typeof ServiceQuery>,
): Promise<ServiceList> {
  const rows = await repo.searchServices(ctx.db, ctx.dialect, tenantId, {
    terms: searchTerms(query.q),
    status: query.status,
    organisationId: query.organisationId,
    areaCode: query.areaCode,
    limit: query.limit,
  });
  return {
    services: rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      name: row.name,
      alternateName: row.alternate_name,
      description: row.description,
      status: row.status as ServiceView['status'],
      areaCodes: JSON.parse(row.area_codes) as string[],
      ackWorkingDays: row.ack_working_days,
    })),
  };
}

export async function getService(ctx: Ctx, id: string): Promise<ServiceView> {
  const actor = requirePermission(ctx, 'directory.read');
  const found = await findService(ctx, actor.tenantId, id);
  if (!found) throw notFound();
  return found;
}

/** Add a service to an organisation the actor may manage. */
export async function createService(ctx: Ctx, input: z.output<typeof ServiceInput>): Promise<ServiceView> {
  const actor = requirePermission(ctx, 'directory.manage');
  return inTransaction(ctx, async (tx) => {
    const organisationName = await managedOrganisation(tx, actor, input.organisationId);
    await assertAreas(tx, actor.tenantId, input.areaCodes);
    const id = newId();
    await saveService(tx, input, {
      tenantId: actor.tenantId,
      id,
      organisationName,
      hsdsDocument: null,
      version: null,
    });
    await recordAudit(tx, {
      action: 'service.created',
      entityType: 'directory_service',
      entityId: id,
      changedFields: Object.keys(serviceColumns(input)),
    });
    return (await findService(tx, actor.tenantId, id))!;
  });
}

/** Edit a service; refuses when someone saved since `input.version`; the HSDS document it came from is kept. */
export async function updateService(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ServiceUpdate>,
): Promise<ServiceView> {
  const actor = requirePermission(ctx, 'directory.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findService(tx.db, actor.tenantId, id);
    if (!before) throw notFound();
    await managedOrganisation(tx, actor, before.organisation_id);
    const organisationName = await managedOrganisation(tx, actor, input.organisationId);
    await assertAreas(tx, actor.tenantId, input.areaCodes);
    const fields = changedFields(before as unknown as Record<string, unknown>, serviceColumns(input));
    await saveService(tx, input, {
      tenantId: actor.tenantId,
      id,
      organisationName,
      hsdsDocument: touchedDocument(before.hsds_document, tx.now()),
      version: input.version,
    });
    await recordAudit(tx, {
      action: 'service.updated',
      entityType: 'directory_service',
      entityId: id,
      changedFields: fields,
    });
    return (await findService(tx, actor.tenantId, id))!;
  });
}

/** Coordinators manage their own organisation's services, admins any organisation's. Returns its name. */
async function managedOrganisation(tx: Ctx, actor: Actor, organisationId: string): Promise<string> {
  const organisation = await repo.findOrganisation(tx.db, actor.tenantId, organisationId);
  if (!organisation) throw invalidField('organisationId', 'validation.unknownOrganisation');
  if (!actor.roles.includes('admin') && organisation.id !== actor.organisationId) throw forbidden();
  return organisation.name;
}

/** Area codes are the tenant's user areas (vocabulary kind `area`). */
async function assertAreas(tx: Ctx, tenantId: string, codes: string[]) {
  if (codes.length === 0) return;
  const terms = await loadTermIndex(tx, tenantId);
  if (codes.some((code) => !terms.term('area', code)))
    throw invalidField('areaCodes', 'validation.unknownTerm');
}

/** The imported document, with last_modified moved to this edit. */
function touchedDocument(document: string | null, now: Date): string | null {
  if (document === null) return null;
  return JSON.stringify({ ...(JSON.parse(document) as object), last_modified: now.toISOString() });
}
