/**
 * Queries of the public site that no other module has: the index of active
 * desks of every tenant and the organisations staffing them. Desks, calendars,
 * public contacts, campaign tags and visit counts are read and written
 * through their own modules' repos.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables';

/** Active desks of every tenant, by name: the public index. */
export async function listActiveDesks(db: Kysely<DB>) {
  return db
    .selectFrom('desks')
    .select(['id', 'tenant_id', 'name', 'address'])
    .where('is_active', '=', 1)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Names of the organisations that staff at least one active desk, for the pages about every desk. */
export async function organisationsOfActiveDesks(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('desk_organisations as dorg')
    .innerJoin('desks as d', (join) =>
      join.onRef('d.tenant_id', '=', 'dorg.tenant_id').onRef('d.id', '=', 'dorg.desk_id'),
    )
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'dorg.tenant_id').onRef('o.id', '=', 'dorg.organisation_id'),
    )
    .select('o.name')
    .distinct()
    .where('d.is_active', '=', 1)
    .orderBy('o.name')
    .execute();
  return rows.map((row) => row.name);
}
