/** Queries on a desk's public information, campaign tags and visit counts. Queries only. */
import { type Kysely, sql } from 'kysely';
import type { CampaignTagsTable, DB, DeskPublicInfoTable, PublicVisitsTable } from '../../db/tables';

export async function findPublicInfo(db: Kysely<DB>, tenantId: string, deskId: string) {
  return db
    .selectFrom('desk_public_info')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .executeTakeFirst();
}

export async function insertPublicInfo(db: Kysely<DB>, row: DeskPublicInfoTable) {
  await db.insertInto('desk_public_info').values(row).execute();
}

/** Write only when the version read is still current. */
export async function updatePublicInfo(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  version: number,
  values: Pick<DeskPublicInfoTable, 'phone' | 'email' | 'accessibility_url' | 'updated_by' | 'updated_at'>,
) {
  return db
    .updateTable('desk_public_info')
    .set({ ...values, version: version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** When the desk was created: the date its default tags exist from. */
export async function deskCreatedAt(db: Kysely<DB>, tenantId: string, deskId: string) {
  const row = await db
    .selectFrom('desks')
    .select('created_at')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', deskId)
    .executeTakeFirst();
  return row?.created_at;
}

export async function listTags(db: Kysely<DB>, tenantId: string, deskId: string) {
  return db
    .selectFrom('campaign_tags')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .orderBy('created_at')
    .orderBy('code')
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

export async function insertTag(db: Kysely<DB>, row: CampaignTagsTable) {
  await db.insertInto('campaign_tags').values(row).execute();
}

/** Every visit ever counted per tag ('' for visits without one). */
export async function visitsPerTag(db: Kysely<DB>, tenantId: string, deskId: string) {
  const rows = await db
    .selectFrom('public_visits')
    .select(['tag', (eb) => eb.fn.sum<number | string>('visits').as('visits')])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .groupBy('tag')
    .execute();
  return new Map(rows.map((r) => [r.tag, Number(r.visits)]));
}

/** Visits in a period of local dates, per day, tag and language. */
export async function visitsBetween(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  from: string,
  to: string,
) {
  const rows = await db
    .selectFrom('public_visits')
    .select(['date', 'tag', 'lang', (eb) => eb.fn.sum<number | string>('visits').as('visits')])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy(['date', 'tag', 'lang'])
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: r.date, tag: r.tag, lang: r.lang, visits: Number(r.visits) }));
}

/** Add visits to days' counts in one atomic upsert per batch: a public page's visit, the demo's history. */
export async function addVisits(db: Kysely<DB>, rows: readonly PublicVisitsTable[]) {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('public_visits')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc
          .columns(['tenant_id', 'desk_id', 'date', 'tag', 'lang'])
          .doUpdateSet({ visits: sql`public_visits.visits + excluded.visits` }),
      )
      .execute();
  }
}

/** The desk's contacts in a period, counted by how they heard of the desk ('' when not asked). */
export async function contactsByHeardFrom(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  from: string,
  to: string,
) {
  const rows = await db
    .selectFrom('contacts')
    .select(['heard_from', (eb) => eb.fn.countAll<number | string>().as('contacts')])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy('heard_from')
    .execute();
  return rows.map((r) => ({ code: r.heard_from ?? '', contacts: Number(r.contacts) }));
}

/** The tenant's "how did you hear of us" terms, in the coordinators' order, with their labels. */
export async function heardFromTerms(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('vocabulary_terms')
    .select(['code', 'label_it', 'label_en', 'is_retired'])
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', 'heard_from')
    .orderBy('position')
    .orderBy('code')
    .execute();
}
