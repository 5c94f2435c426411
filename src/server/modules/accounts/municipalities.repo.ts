/** Queries on municipalities (comuni di residenza) and their population. */
import type { Kysely } from 'kysely';
import type { DB, MunicipalitiesTable } from '../../db/tables';

export async function listMunicipalities(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('municipalities')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('name')
    .execute();
}

export async function findMunicipality(db: Kysely<DB>, tenantId: string, id: string) {
  return db
    .selectFrom('municipalities')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertMunicipality(db: Kysely<DB>, row: MunicipalitiesTable) {
  await db.insertInto('municipalities').values(row).execute();
}

export async function updateMunicipality(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<MunicipalitiesTable, 'tenant_id' | 'id' | 'version'>>,
) {
  return db
    .updateTable('municipalities')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}
