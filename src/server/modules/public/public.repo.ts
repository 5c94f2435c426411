/**
 * Queries of the public site: read-only looks at desks, their public contact
 * details, calendar records and campaign tags, and the one write — a visit
 * counter per desk, local day, tag and language. Nothing here ever stores
 * who visited.
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

export async function hasCampaignTag(db: Kysely<DB>, tenantId: string, deskId: string, code: string) {
  const row = await db
    .selectFrom('campaign_tags')
    .select('code')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row !== undefined;
}

/** One more visit on the day's counter: a single atomic upsert, safe under concurrent requests. */
export async function countVisit(
  db: Kysely<DB>,
  key: { tenant_id: string; desk_id: string; date: string; tag: string; lang: string },
) {
  await db
    .insertInto('public_visits')
    .values({ ...key, visits: 1 })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'desk_id', 'date', 'tag', 'lang'])
        .doUpdateSet((eb) => ({ visits: eb('public_visits.visits', '+', 1) })),
    )
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
