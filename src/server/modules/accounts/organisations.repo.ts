/** Queries on organisations (enti). */
import type { Kysely } from 'kysely';
import type { DB, OrganisationsTable } from '../../db/tables';

export async function listOrganisations(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

export async function findOrganisation(db: Kysely<DB>, tenantId: string, id: string) {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** How many of the ids name active organisations of the tenant. */
export async function countActive(db: Kysely<DB>, tenantId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .where('is_active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertOrganisation(db: Kysely<DB>, row: OrganisationsTable) {
  await db.insertInto('organisations').values(row).execute();
}

export async function updateOrganisation(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<OrganisationsTable, 'tenant_id' | 'id' | 'version'>>,
) {
  return db
    .updateTable('organisations')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}
