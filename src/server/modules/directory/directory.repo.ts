/**
 * Queries on the service directory: services with their organisation's name,
 * their child rows (locations, schedules, phones, contacts, cost options),
 * the full-text index (through the dialect) and the organisations an HSDS
 * import maps to. No business rule here.
 */
import { type Kysely, sql } from 'kysely';
import type { Dialect, FullTextDocument } from '../../db/dialect';
import type {
  DB,
  DirectoryContactsTable,
  DirectoryCostOptionsTable,
  DirectoryLocationsTable,
  DirectoryPhonesTable,
  DirectorySchedulesTable,
  DirectoryServicesTable,
  OrganisationsTable,
} from '../../db/tables';

const SEARCH_TABLE = 'directory_search';

function servicesWithNames(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('directory_services as s')
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.organisation_id'),
    )
    .selectAll('s')
    .select('o.name as organisation_name')
    .where('s.tenant_id', '=', tenantId);
}

export type ServiceRow = DirectoryServicesTable & { organisation_name: string };

export async function findService(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
): Promise<ServiceRow | undefined> {
  return servicesWithNames(db, tenantId).where('s.id', '=', id).executeTakeFirst();
}

/** Every service of the tenant (for export), by organisation and name. */
export async function allServices(db: Kysely<DB>, tenantId: string): Promise<ServiceRow[]> {
  return servicesWithNames(db, tenantId).orderBy('o.name').orderBy('s.name').orderBy('s.id').execute();
}

export async function servicesByIds(db: Kysely<DB>, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('directory_services')
    .select(['id', 'organisation_id', 'version'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .execute();
}

export interface ServiceFilter {
  terms: readonly string[];
  status?: string | undefined;
  organisationId?: string | undefined;
  /** Matched against the JSON array text: codes are [a-z_]+, so the quoted code is unambiguous. */
  areaCode?: string | undefined;
  limit: number;
}

/** Services matching every filter; with search terms, best match first, else by name. */
export async function searchServices(
  db: Kysely<DB>,
  dialect: Dialect,
  tenantId: string,
  filter: ServiceFilter,
) {
  let query = servicesWithNames(db, tenantId);
  if (filter.status) query = query.where('s.status', '=', filter.status);
  if (filter.organisationId) query = query.where('s.organisation_id', '=', filter.organisationId);
  if (filter.areaCode) query = query.where('s.area_codes', 'like', `%${JSON.stringify(filter.areaCode)}%`);
  if (filter.terms.length === 0) return query.orderBy('s.name').orderBy('s.id').limit(filter.limit).execute();
  return query
    .innerJoin(dialect.fullTextMatches(SEARCH_TABLE, tenantId, filter.terms).as('m'), 'm.entity_id', 's.id')
    .orderBy('m.rank')
    .orderBy('s.name')
    .limit(filter.limit)
    .execute();
}

export async function insertService(db: Kysely<DB>, row: DirectoryServicesTable) {
  await db.insertInto('directory_services').values(row).execute();
}

export async function updateService(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<DirectoryServicesTable, 'tenant_id' | 'id' | 'version' | 'created_at'>>,
) {
  return db
    .updateTable('directory_services')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function writeSearchDocument(
  db: Kysely<DB>,
  dialect: Dialect,
  doc: FullTextDocument,
  replace: boolean,
) {
  await dialect.writeFullText(db, SEARCH_TABLE, doc, replace);
}

// ── child rows ──

export interface ServiceChildren {
  directory_locations: DirectoryLocationsTable[];
  directory_schedules: DirectorySchedulesTable[];
  directory_phones: DirectoryPhonesTable[];
  directory_contacts: DirectoryContactsTable[];
  directory_cost_options: DirectoryCostOptionsTable[];
}
type ChildTable = keyof ServiceChildren;
export const CHILD_TABLES: readonly ChildTable[] = [
  'directory_locations',
  'directory_schedules',
  'directory_phones',
  'directory_contacts',
  'directory_cost_options',
];

/** The child rows of these services, in their order. */
export async function childrenOf(
  db: Kysely<DB>,
  tenantId: string,
  serviceIds: string[],
): Promise<ServiceChildren> {
  const result = Object.fromEntries(CHILD_TABLES.map((t) => [t, []])) as unknown as ServiceChildren;
  if (serviceIds.length === 0) return result;
  for (const table of CHILD_TABLES) {
    const rows = await db
      .selectFrom(table as 'directory_phones')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('service_id', 'in', serviceIds)
      .orderBy('service_id')
      .orderBy('position')
      .execute();
    (result[table] as unknown[]) = rows;
  }
  return result;
}

/** Replace the child rows of one service (a new service has none to delete). */
export async function replaceChildren(
  db: Kysely<DB>,
  tenantId: string,
  serviceId: string,
  children: ServiceChildren,
  isNew: boolean,
) {
  for (const table of CHILD_TABLES) {
    if (!isNew)
      await db
        .deleteFrom(table)
        .where('tenant_id', '=', tenantId)
        .where('service_id', '=', serviceId)
        .execute();
    const rows = children[table];
    if (rows.length > 0)
      await db
        .insertInto(table as 'directory_phones')
        .values(rows as DirectoryPhonesTable[])
        .execute();
  }
}

// ── organisations (the HSDS organization a service belongs to) ──

export async function listOrganisations(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'email', 'phone'])
    .where('tenant_id', '=', tenantId)
    .execute();
}

export async function findOrganisation(db: Kysely<DB>, tenantId: string, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'is_active'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** An organisation met in an HSDS import keeps the HSDS identifier, so exports give it back. */
export async function insertOrganisation(db: Kysely<DB>, row: OrganisationsTable) {
  await db.insertInto('organisations').values(row).execute();
}

export async function findTenantByCode(db: Kysely<DB>, code: string) {
  return db.selectFrom('tenants').select(['id', 'name']).where('code', '=', code).executeTakeFirst();
}

/** Services per tenant, to keep a bench honest. */
export async function countServices(db: Kysely<DB>, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('directory_services')
    .select(sql<number>`count(*)`.as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
