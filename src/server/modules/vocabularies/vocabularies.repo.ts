/** Queries on vocabulary terms and on how often contacts used them. */
import { type Kysely, sql } from 'kysely';
import type { VocabularyKind } from '../../../shared/contacts';
import type { DB, VocabularyTermsTable } from '../../db/tables';

export async function listTerms(db: Kysely<DB>, tenantId: string) {
  return db.selectFrom('vocabulary_terms').selectAll().where('tenant_id', '=', tenantId).execute();
}

export async function findTerm(db: Kysely<DB>, tenantId: string, id: string) {
  return db
    .selectFrom('vocabulary_terms')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function termsOfKind(db: Kysely<DB>, tenantId: string, kind: VocabularyKind) {
  return db
    .selectFrom('vocabulary_terms')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('kind', '=', kind)
    .execute();
}

export async function insertTerm(db: Kysely<DB>, row: VocabularyTermsTable) {
  await db.insertInto('vocabulary_terms').values(row).execute();
}

/** Insert rows whose (kind, code) is not there yet; a concurrent starter inserting the same ones is harmless. */
export async function insertMissingTerms(db: Kysely<DB>, rows: VocabularyTermsTable[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('vocabulary_terms')
    .values(rows)
    .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'code']).doNothing())
    .execute();
}

export async function updateTerm(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<VocabularyTermsTable, 'tenant_id' | 'id' | 'version' | 'kind' | 'code'>>,
) {
  return db
    .updateTable('vocabulary_terms')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function deleteTerm(db: Kysely<DB>, tenantId: string, id: string) {
  await db.deleteFrom('vocabulary_terms').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function tenantIdsWithoutTerms(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('tenants as t')
    .select('t.id')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('vocabulary_terms as v').select('v.id').whereRef('v.tenant_id', '=', 't.id'))),
    )
    .execute();
  return rows.map((row) => row.id);
}

/** Where contacts record each kind: requests carry areas, categories and outcomes; contacts the rest. */
const REQUEST_COLUMNS = {
  area: 'area_code',
  need_category: 'category_code',
  outcome: 'outcome_code',
} as const;
const CONTACT_COLUMNS = { visitor_type: 'visitor_type', heard_from: 'heard_from' } as const;

export interface UsageRow {
  kind: VocabularyKind;
  code: string;
  total: number;
  recent: number;
}

/** Every use of every term: all time, and on contacts dated `since` (YYYY-MM-DD) or later. */
export async function termUsage(db: Kysely<DB>, tenantId: string, since: string): Promise<UsageRow[]> {
  const recent = sql<number>`sum(case when c.date >= ${since} then 1 else 0 end)`;
  const result: UsageRow[] = [];
  for (const kind of ['area', 'need_category', 'outcome'] as const) {
    const column = REQUEST_COLUMNS[kind];
    const rows = await db
      .selectFrom('contact_requests as r')
      .innerJoin('contacts as c', (join) =>
        join.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.id', '=', 'r.contact_id'),
      )
      .select([`r.${column} as code`, (eb) => eb.fn.countAll<number>().as('total'), recent.as('recent')])
      .where('r.tenant_id', '=', tenantId)
      .groupBy(`r.${column}`)
      .execute();
    for (const row of rows)
      result.push({ kind, code: row.code, total: Number(row.total), recent: Number(row.recent) });
  }
  for (const kind of ['visitor_type', 'heard_from'] as const) {
    const column = CONTACT_COLUMNS[kind];
    const rows = await db
      .selectFrom('contacts as c')
      .select([`c.${column} as code`, (eb) => eb.fn.countAll<number>().as('total'), recent.as('recent')])
      .where('c.tenant_id', '=', tenantId)
      .where(`c.${column}`, 'is not', null)
      .groupBy(`c.${column}`)
      .execute();
    for (const row of rows) {
      if (row.code !== null)
        result.push({ kind, code: row.code, total: Number(row.total), recent: Number(row.recent) });
    }
  }
  return result;
}

/** Has any contact recorded this term? */
export async function isTermUsed(
  db: Kysely<DB>,
  tenantId: string,
  kind: VocabularyKind,
  code: string,
): Promise<boolean> {
  if (kind === 'visitor_type' || kind === 'heard_from') {
    const row = await db
      .selectFrom('contacts')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where(CONTACT_COLUMNS[kind], '=', code)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
  const row = await db
    .selectFrom('contact_requests')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where(REQUEST_COLUMNS[kind], '=', code)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
