/** Queries on people, their search keys, consents and merges. */
import type { Kysely } from 'kysely';
import type { ConsentsTable, DB, PeopleTable, PersonMergesTable } from '../../db/tables';

export type PersonRow = PeopleTable & { municipality_name: string | null };

const people = (db: Kysely<DB>, tenantId: string) =>
  db
    .selectFrom('people')
    .leftJoin('municipalities', (join) =>
      join
        .onRef('municipalities.tenant_id', '=', 'people.tenant_id')
        .onRef('municipalities.id', '=', 'people.municipality_id'),
    )
    .selectAll('people')
    .select('municipalities.name as municipality_name')
    .where('people.tenant_id', '=', tenantId);

export async function findPerson(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
): Promise<PersonRow | undefined> {
  return people(db, tenantId).where('people.id', '=', id).executeTakeFirst();
}

export async function findPeople(
  db: Kysely<DB>,
  tenantId: string,
  ids: readonly string[],
): Promise<PersonRow[]> {
  if (ids.length === 0) return [];
  return people(db, tenantId).where('people.id', 'in', ids).execute();
}

export async function insertPerson(db: Kysely<DB>, row: PeopleTable) {
  await db.insertInto('people').values(row).execute();
}

export async function updatePerson(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<PeopleTable, 'tenant_id' | 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('people')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceGrams(
  db: Kysely<DB>,
  tenantId: string,
  personId: string,
  grams: readonly string[],
) {
  await db
    .deleteFrom('person_search_grams')
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .execute();
  if (grams.length === 0) return;
  await db
    .insertInto('person_search_grams')
    .values(grams.map((gram) => ({ tenant_id: tenantId, gram, person_id: personId })))
    .execute();
}

/** People sharing most trigrams with the typed name, live records only. */
export async function candidatesByGrams(
  db: Kysely<DB>,
  tenantId: string,
  grams: readonly string[],
  limit: number,
): Promise<string[]> {
  if (grams.length === 0) return [];
  const rows = await db
    .selectFrom('person_search_grams as g')
    .innerJoin('people as p', (join) =>
      join.onRef('p.tenant_id', '=', 'g.tenant_id').onRef('p.id', '=', 'g.person_id'),
    )
    .select(['g.person_id', (eb) => eb.fn.countAll<number>().as('hits')])
    .where('g.tenant_id', '=', tenantId)
    .where('g.gram', 'in', grams)
    .where('p.merged_into_id', 'is', null)
    .groupBy('g.person_id')
    .orderBy('hits', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => row.person_id);
}

export async function idsWhere(
  db: Kysely<DB>,
  tenantId: string,
  column: 'codice_fiscale' | 'birth_date' | 'phone_key' | 'name_key',
  value: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where(column, '=', value)
    .where('merged_into_id', 'is', null)
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

export async function idsWithCodePrefix(db: Kysely<DB>, tenantId: string, prefix: string, limit: number) {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('codice_fiscale', '>=', prefix)
    .where('codice_fiscale', '<', `${prefix}\u{10FFFF}`)
    .where('merged_into_id', 'is', null)
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/** Latest contact instant per person. */
export async function lastContacts(db: Kysely<DB>, tenantId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('contacts')
    .select(['person_id', (eb) => eb.fn.max('started_at').as('last')])
    .where('tenant_id', '=', tenantId)
    .where('person_id', 'in', personIds)
    .groupBy('person_id')
    .execute();
  return new Map(rows.map((row) => [row.person_id as string, String(row.last)]));
}

/** Live people sharing at least one of the keys with the given person. */
export async function sharingKeys(
  db: Kysely<DB>,
  tenantId: string,
  person: Pick<PeopleTable, 'id' | 'codice_fiscale' | 'name_key' | 'birth_date'>,
): Promise<PersonRow[]> {
  return people(db, tenantId)
    .where('people.id', '!=', person.id)
    .where('people.merged_into_id', 'is', null)
    .where('people.anonymised_at', 'is', null)
    .where((eb) =>
      eb.or([
        ...(person.codice_fiscale ? [eb('people.codice_fiscale', '=', person.codice_fiscale)] : []),
        ...(person.name_key ? [eb('people.name_key', '=', person.name_key)] : []),
        ...(person.birth_date ? [eb('people.birth_date', '=', person.birth_date)] : []),
      ]),
    )
    .limit(200)
    .execute();
}

/** Pairs of live people equal on one key (the caller counts how many keys each pair shares). */
export async function pairsSharing(
  db: Kysely<DB>,
  tenantId: string,
  column: 'codice_fiscale' | 'name_key' | 'birth_date',
  limit: number,
): Promise<{ a: string; b: string }[]> {
  return db
    .selectFrom('people as a')
    .innerJoin('people as b', (join) =>
      join
        .onRef('b.tenant_id', '=', 'a.tenant_id')
        .onRef(`b.${column}`, '=', `a.${column}`)
        .onRef('b.id', '>', 'a.id'),
    )
    .select(['a.id as a', 'b.id as b'])
    .where('a.tenant_id', '=', tenantId)
    .where(`a.${column}`, 'is not', null)
    .where(`a.${column}`, '!=', '')
    .where('a.merged_into_id', 'is', null)
    .where('b.merged_into_id', 'is', null)
    .limit(limit)
    .execute();
}

// ── consents ────────────────────────────────────────────────────────────────

export type ConsentRow = ConsentsTable & { recorded_by_name: string | null };

export async function insertConsent(db: Kysely<DB>, row: ConsentsTable) {
  await db.insertInto('consents').values(row).execute();
}

export async function consentsOf(
  db: Kysely<DB>,
  tenantId: string,
  personIds: readonly string[],
): Promise<ConsentRow[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('consents')
    .leftJoin('users', (join) =>
      join.onRef('users.tenant_id', '=', 'consents.tenant_id').onRef('users.id', '=', 'consents.recorded_by'),
    )
    .selectAll('consents')
    .select('users.full_name as recorded_by_name')
    .where('consents.tenant_id', '=', tenantId)
    .where('consents.person_id', 'in', personIds)
    .orderBy('consents.recorded_at', 'desc')
    .orderBy('consents.id', 'desc')
    .execute();
}

// ── merges ──────────────────────────────────────────────────────────────────

export type MergeRow = PersonMergesTable & {
  kept_family: string;
  kept_given: string;
  merged_family: string;
  merged_given: string;
  merged_by_name: string | null;
  undone_by_name: string | null;
};

export async function listMerges(
  db: Kysely<DB>,
  tenantId: string,
  options: { personId?: string; id?: string; limit?: number } = {},
): Promise<MergeRow[]> {
  let query = db
    .selectFrom('person_merges as m')
    .innerJoin('people as k', (join) =>
      join.onRef('k.tenant_id', '=', 'm.tenant_id').onRef('k.id', '=', 'm.kept_id'),
    )
    .innerJoin('people as g', (join) =>
      join.onRef('g.tenant_id', '=', 'm.tenant_id').onRef('g.id', '=', 'm.merged_id'),
    )
    .leftJoin('users as mu', (join) =>
      join.onRef('mu.tenant_id', '=', 'm.tenant_id').onRef('mu.id', '=', 'm.merged_by'),
    )
    .leftJoin('users as uu', (join) =>
      join.onRef('uu.tenant_id', '=', 'm.tenant_id').onRef('uu.id', '=', 'm.undone_by'),
    )
    .selectAll('m')
    .select([
      'k.family_name as kept_family',
      'k.given_name as kept_given',
      'g.family_name as merged_family',
      'g.given_name as merged_given',
      'mu.full_name as merged_by_name',
      'uu.full_name as undone_by_name',
    ])
    .where('m.tenant_id', '=', tenantId);
  if (options.id) query = query.where('m.id', '=', options.id);
  if (options.personId) {
    const personId = options.personId;
    query = query.where((eb) => eb.or([eb('m.kept_id', '=', personId), eb('m.merged_id', '=', personId)]));
  }
  return query
    .orderBy('m.merged_at', 'desc')
    .limit(options.limit ?? 200)
    .execute();
}

export async function insertMerge(db: Kysely<DB>, row: PersonMergesTable) {
  await db.insertInto('person_merges').values(row).execute();
}

export async function markMergeUndone(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  by: string | null,
  at: string,
) {
  const result = await db
    .updateTable('person_merges')
    .set({ undone_by: by, undone_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('undone_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Active merges after `since` touching any of the people. */
export async function laterActiveMerges(
  db: Kysely<DB>,
  tenantId: string,
  since: string,
  personIds: readonly string[],
): Promise<number> {
  const row = await db
    .selectFrom('person_merges')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('merged_at', '>', since)
    .where('undone_at', 'is', null)
    .where((eb) => eb.or([eb('kept_id', 'in', personIds), eb('merged_id', 'in', personIds)]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export const MOVABLE = [
  'contacts',
  'care_relations',
  'consents',
  'messages',
  'referrals',
  'bounces',
] as const;
export type Movable = (typeof MOVABLE)[number];

export async function idsOwnedBy(db: Kysely<DB>, tenantId: string, table: Movable, personId: string) {
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .execute();
  return rows.map((row) => row.id);
}

export async function reassign(
  db: Kysely<DB>,
  tenantId: string,
  table: Movable,
  ids: readonly string[],
  personId: string,
) {
  if (ids.length === 0) return;
  await db
    .updateTable(table)
    .set({ person_id: personId })
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}
