/** Organisations (enti) of the tenant: Comune, Consorzio, ASL, Third Sector bodies. */
import type { OrganisationKind } from '../../../shared/roles';
import type {
  OrganisationInput,
  OrganisationUpdate,
  OrganisationView,
} from '../../../shared/schemas/accounts';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction } from '../../context';
import type { OrganisationsTable } from '../../db/tables';
import { changedFields, uniqueAs, updatedOne } from '../../db/writes';
import { conflict, invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import * as repo from './organisations.repo';

export function presentOrganisation(row: OrganisationsTable): OrganisationView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    taxCode: row.tax_code,
    email: row.email,
    phone: row.phone,
    isActive: row.is_active === 1,
    version: row.version,
  };
}

export async function listOrganisations(ctx: Ctx): Promise<OrganisationView[]> {
  const actor = requirePermission(ctx, 'organisation.read');
  return (await repo.listOrganisations(ctx.db, actor.tenantId)).map(presentOrganisation);
}

export async function getOrganisation(ctx: Ctx, id: string): Promise<OrganisationView> {
  const actor = requirePermission(ctx, 'organisation.read');
  const row = await repo.findOrganisation(ctx.db, actor.tenantId, id);
  if (!row) throw notFound();
  return presentOrganisation(row);
}

/** Create an organisation; names are unique within the tenant. */
export async function createOrganisation(ctx: Ctx, input: OrganisationInput): Promise<OrganisationView> {
  const actor = requirePermission(ctx, 'organisation.manage');
  return inTransaction(ctx, (tx) => insertOrganisation(tx, actor.tenantId, input));
}

/** Insert without the permission check: for setup and the demo, which run before any admin exists. */
export async function insertOrganisation(
  tx: Ctx,
  tenantId: string,
  input: OrganisationInput,
): Promise<OrganisationView> {
  const at = tx.now().toISOString();
  const row: OrganisationsTable = {
    tenant_id: tenantId,
    id: newId(),
    name: input.name,
    kind: input.kind,
    tax_code: input.taxCode ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    is_active: 1,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await uniqueAs(tx, 'name', 'validation.nameTaken', () => repo.insertOrganisation(tx.db, row));
  await recordAudit(tx, {
    tenantId,
    action: 'organisation.created',
    entityType: 'organisation',
    entityId: row.id,
    changedFields: ['name', 'kind', 'tax_code', 'email', 'phone'],
  });
  return presentOrganisation(row);
}

/** Update; refuses when someone else saved since `input.version`. */
export async function updateOrganisation(
  ctx: Ctx,
  id: string,
  input: OrganisationUpdate,
): Promise<OrganisationView> {
  const actor = requirePermission(ctx, 'organisation.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findOrganisation(tx.db, actor.tenantId, id);
    if (!before) throw notFound();
    const patch = {
      name: input.name,
      kind: input.kind,
      tax_code: input.taxCode ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
    };
    const fields = changedFields(before, patch);
    const result = await uniqueAs(tx, 'name', 'validation.nameTaken', () =>
      repo.updateOrganisation(tx.db, actor.tenantId, id, input.version, {
        ...patch,
        updated_at: tx.now().toISOString(),
      }),
    );
    if (!updatedOne(result)) throw conflict();
    await recordAudit(tx, {
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: id,
      changedFields: fields,
    });
    return presentOrganisation({ ...before, ...patch, version: before.version + 1 });
  });
}

/** Deactivate or reactivate: an inactive organisation keeps its history but takes no new users or desks. */
export async function setOrganisationActive(
  ctx: Ctx,
  id: string,
  isActive: boolean,
): Promise<OrganisationView> {
  const actor = requirePermission(ctx, 'organisation.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findOrganisation(tx.db, actor.tenantId, id);
    if (!before) throw notFound();
    const flag = isActive ? 1 : 0;
    await repo.updateOrganisation(tx.db, actor.tenantId, id, before.version, {
      is_active: flag,
      updated_at: tx.now().toISOString(),
    });
    await recordAudit(tx, {
      action: isActive ? 'organisation.reactivated' : 'organisation.deactivated',
      entityType: 'organisation',
      entityId: id,
      changedFields: ['is_active'],
    });
    return presentOrganisation({ ...before, is_active: flag, version: before.version + 1 });
  });
}

/** Every id must name an active organisation of the tenant; reports the field otherwise. */
export async function assertOrganisationsExist(
  ctx: Ctx,
  tenantId: string,
  ids: readonly string[],
  field: string,
) {
  const unique = [...new Set(ids)];
  if ((await repo.countActive(ctx.db, tenantId, unique)) !== unique.length) {
    throw invalidField(field, 'validation.unknownOrganisation');
  }
}
