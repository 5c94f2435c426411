/**
 * Queries on care relations (prese in carico) and on what a relation points
 * at: the person, the organisation, the case worker's account, the tenant.
 */
import type { Kysely } from 'kysely';
import type { CareRelationsTable, DB } from '../../db/tables';

function relationsWithNames(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('care_relations as r')
    .innerJoin('people as p', (join) =>
      join.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.person_id'),
    )
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.organisation_id'),
    )
    .selectAll('r')
    .select(['p.given_name', 'p.family_name', 'o.name as organisation_name'])
    .where('r.tenant_id', '=', tenantId);
}

export type RelationRow = Awaited<ReturnType<typeof findRelation>> & {};

export async function findRelation(db: Kysely<DB>, tenantId: string, id: string) {
  return relationsWithNames(db, tenantId).where('r.id', '=', id).executeTakeFirst();
}

export interface RelationFilter {
  personIds?: readonly string[] | undefined;
  /** Only relations running on this local date (YYYY-MM-DD). */
  activeOn?: string | undefined;
  limit?: number | undefined;
}

export async function listRelations(db: Kysely<DB>, tenantId: string, filter: RelationFilter) {
  let query = relationsWithNames(db, tenantId);
  if (filter.personIds) {
    if (filter.personIds.length === 0) return [];
    query = query.where('r.person_id', 'in', filter.personIds);
  }
  const day = filter.activeOn;
  if (day) {
    query = query
      .where('r.start_date', '<=', day)
      .where((eb) => eb.or([eb('r.end_date', 'is', null), eb('r.end_date', '>=', day)]));
  }
  query = query.orderBy('r.start_date', 'desc').orderBy('r.id', 'desc');
  return (filter.limit ? query.limit(filter.limit) : query).execute();
}

export async function insertRelation(db: Kysely<DB>, row: CareRelationsTable) {
  await db.insertInto('care_relations').values(row).execute();
}

export async function updateRelation(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<CareRelationsTable, 'tenant_id' | 'id' | 'version'>>,
) {
  return db
    .updateTable('care_relations')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** The relations an import may update: those of the organisations named in the file. */
export async function relationsOfOrganisations(db: Kysely<DB>, tenantId: string, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .selectFrom('care_relations')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('organisation_id', 'in', organisationIds)
    .execute();
}

// ── what a relation points at ──

export async function findOrganisation(db: Kysely<DB>, tenantId: string, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listOrganisations(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'tax_code'])
    .where('tenant_id', '=', tenantId)
    .execute();
}

export async function findPerson(db: Kysely<DB>, tenantId: string, id: string) {
  return db
    .selectFrom('people')
    .select(['id', 'merged_into_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** People not merged away whose codice fiscale is one of `codes`. */
export async function peopleByCodiceFiscale(db: Kysely<DB>, tenantId: string, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('people')
    .select(['id', 'codice_fiscale'])
    .where('tenant_id', '=', tenantId)
    .where('codice_fiscale', 'in', codes)
    .where('merged_into_id', 'is', null)
    .orderBy('created_at')
    .execute();
}

/** People not merged away with one of these name keys, for matching by name and birth date. */
export async function peopleByNameKey(db: Kysely<DB>, tenantId: string, nameKeys: string[]) {
  if (nameKeys.length === 0) return [];
  return db
    .selectFrom('people')
    .select(['id', 'name_key', 'birth_date', 'codice_fiscale'])
    .where('tenant_id', '=', tenantId)
    .where('name_key', 'in', nameKeys)
    .where('merged_into_id', 'is', null)
    .execute();
}

export async function isActiveUser(db: Kysely<DB>, tenantId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('is_active', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Active users of the tenant with an e-mail address, to recognise a case worker's contact. */
export async function activeUserEmails(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('is_active', '=', 1)
    .where('email', 'is not', null)
    .orderBy('created_at')
    .execute();
}

export async function findTenantByCode(db: Kysely<DB>, code: string) {
  return db.selectFrom('tenants').select(['id', 'name']).where('code', '=', code).executeTakeFirst();
}
