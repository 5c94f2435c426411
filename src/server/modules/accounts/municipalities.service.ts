/** Municipalities of residence, with the population used for rates per 1,000 residents. */
import type {
  MunicipalityInput,
  MunicipalityUpdate,
  MunicipalityView,
} from '../../../shared/schemas/accounts';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction } from '../../context';
import type { MunicipalitiesTable } from '../../db/tables';
import { changedFields, uniqueAs, updatedOne } from '../../db/writes';
import { conflict, invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import * as repo from './municipalities.repo';

function present(row: MunicipalitiesTable): MunicipalityView {
  return {
    id: row.id,
    istatCode: row.istat_code,
    name: row.name,
    province: row.province,
    population: row.population,
    populationYear: row.population_year,
    version: row.version,
  };
}

export async function listMunicipalities(ctx: Ctx): Promise<MunicipalityView[]> {
  const actor = requirePermission(ctx, 'municipality.read');
  return (await repo.listMunicipalities(ctx.db, actor.tenantId)).map(present);
}

export async function createMunicipality(ctx: Ctx, input: MunicipalityInput): Promise<MunicipalityView> {
  const actor = requirePermission(ctx, 'municipality.manage');
  return inTransaction(ctx, (tx) => insertMunicipality(tx, actor.tenantId, input));
}

/** Insert without the permission check, for the demo; ISTAT codes are unique within the tenant. */
export async function insertMunicipality(
  tx: Ctx,
  tenantId: string,
  input: MunicipalityInput,
): Promise<MunicipalityView> {
  const at = tx.now().toISOString();
  const row: MunicipalitiesTable = {
    tenant_id: tenantId,
    id: newId(),
    istat_code: input.istatCode,
    name: input.name,
    province: input.province,
    population: input.population,
    population_year: input.populationYear ?? null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await uniqueAs(tx, 'istatCode', 'validation.istatCodeTaken', () => repo.insertMunicipality(tx.db, row));
  await recordAudit(tx, {
    tenantId,
    action: 'municipality.created',
    entityType: 'municipality',
    entityId: row.id,
    changedFields: ['istat_code', 'name', 'province', 'population', 'population_year'],
  });
  return present(row);
}

export async function updateMunicipality(
  ctx: Ctx,
  id: string,
  input: MunicipalityUpdate,
): Promise<MunicipalityView> {
  const actor = requirePermission(ctx, 'municipality.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findMunicipality(tx.db, actor.tenantId, id);
    if (!before) throw notFound();
    const patch = {
      istat_code: input.istatCode,
      name: input.name,
      province: input.province,
      population: input.population,
      population_year: input.populationYear ?? null,
    };
    const fields = changedFields(before, patch);
    const result = await uniqueAs(tx, 'istatCode', 'validation.istatCodeTaken', () =>
      repo.updateMunicipality(tx.db, actor.tenantId, id, input.version, {
        ...patch,
        updated_at: tx.now().toISOString(),
      }),
    );
    if (!updatedOne(result)) throw conflict();
    await recordAudit(tx, {
      action: 'municipality.updated',
      entityType: 'municipality',
      entityId: id,
      changedFields: fields,
    });
    return present({ ...before, ...patch, version: before.version + 1 });
  });
}

export async function assertMunicipalityExists(ctx: Ctx, tenantId: string, id: string, field: string) {
  if (!(await repo.findMunicipality(ctx.db, tenantId, id)))
    throw invalidField(field, 'validation.unknownMunicipality');
}
