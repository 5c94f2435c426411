/** Queries on tenants (ambiti territoriali) and first-run setup tokens. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/dialect';
import type { DB, TenantsTable } from '../../db/tables';

export async function countTenants(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('tenants')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findTenant(db: Kysely<DB>, id: string) {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findTenantByCode(db: Kysely<DB>, code: string) {
  return db.selectFrom('tenants').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertTenant(db: Kysely<DB>, row: TenantsTable) {
  await db.insertInto('tenants').values(row).execute();
}

export async function insertSetupToken(db: Kysely<DB>, id: string, createdAt: string, expiresAt: string) {
  await db
    .insertInto('setup_tokens')
    .values({ id, created_at: createdAt, expires_at: expiresAt, used_at: null })
    .execute();
}

export async function deleteUnusedSetupTokens(db: Kysely<DB>) {
  await db.deleteFrom('setup_tokens').where('used_at', 'is', null).execute();
}

export async function lockSetupToken(db: Kysely<DB>, dialect: Dialect, id: string) {
  return dialect.forUpdate(db.selectFrom('setup_tokens').selectAll().where('id', '=', id)).executeTakeFirst();
}

export async function findSetupToken(db: Kysely<DB>, id: string) {
  return db.selectFrom('setup_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markSetupTokenUsed(db: Kysely<DB>, id: string, at: string) {
  await db.updateTable('setup_tokens').set({ used_at: at }).where('id', '=', id).execute();
}
