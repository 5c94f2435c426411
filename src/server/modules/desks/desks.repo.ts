/** Queries on desks (sportelli) and the organisations staffing them. */
import type { Kysely } from 'kysely';
import type { DB, DesksTable } from '../../db/tables';

export async function listDesks(db: Kysely<DB>, tenantId: string) {
  return db.selectFrom('desks').selectAll().where('tenant_id', '=', tenantId).orderBy('name').execute();
}

export async function findDesk(db: Kysely<DB>, tenantId: string, id: string) {
  return db
    .selectFrom('desks')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Staffing organisations of the given desks, by desk id. */
export async function staffingOf(db: Kysely<DB>, tenantId: string, deskIds: readonly string[]) {
  const map = new Map<string, { id: string; name: string; kind: string }[]>();
  if (deskIds.length === 0) return map;
  const rows = await db
    .selectFrom('desk_organisations as d')
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'd.tenant_id').onRef('o.id', '=', 'd.organisation_id'),
    )
    .select(['d.desk_id', 'o.id', 'o.name', 'o.kind'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.desk_id', 'in', deskIds)
    .orderBy('o.name')
    .execute();
  for (const { desk_id, ...organisation } of rows)
    map.set(desk_id, [...(map.get(desk_id) ?? []), organisation]);
  return map;
}

export async function insertDesk(db: Kysely<DB>, row: DesksTable) {
  await db.insertInto('desks').values(row).execute();
}

export async function updateDesk(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<DesksTable, 'tenant_id' | 'id' | 'version'>>,
) {
  return db
    .updateTable('desks')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function replaceStaffing(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  organisationIds: readonly string[],
) {
  await db
    .deleteFrom('desk_organisations')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .execute();
  if (organisationIds.length === 0) return;
  await db
    .insertInto('desk_organisations')
    .values(
      organisationIds.map((organisation_id) => ({ tenant_id: tenantId, desk_id: deskId, organisation_id })),
    )
    .execute();
}

export async function hoursOf(db: Kysely<DB>, tenantId: string, deskIds: readonly string[]) {
  const map = new Map<string, { weekday: number; opensAt: string; closesAt: string }[]>();
  if (deskIds.length === 0) return map;
  const rows = await db
    .selectFrom('desk_hours')
    .select(['desk_id', 'weekday', 'opens_at', 'closes_at'])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', 'in', deskIds)
    .orderBy('weekday')
    .orderBy('opens_at')
    .execute();
  for (const row of rows) {
    const entry = { weekday: row.weekday, opensAt: row.opens_at, closesAt: row.closes_at };
    map.set(row.desk_id, [...(map.get(row.desk_id) ?? []), entry]);
  }
  return map;
}

export async function replaceHours(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  hours: readonly { weekday: number; opensAt: string; closesAt: string }[],
) {
  await db.deleteFrom('desk_hours').where('tenant_id', '=', tenantId).where('desk_id', '=', deskId).execute();
  if (hours.length === 0) return;
  await db
    .insertInto('desk_hours')
    .values(
      hours.map((h) => ({
        tenant_id: tenantId,
        desk_id: deskId,
        weekday: h.weekday,
        opens_at: h.opensAt,
        closes_at: h.closesAt,
      })),
    )
    .execute();
}

/** Public pages address a desk by its id alone (a UUID, unguessable and unique across tenants). */
export async function findDeskAnyTenant(db: Kysely<DB>, id: string) {
  return db.selectFrom('desks').select(['tenant_id', 'is_active']).where('id', '=', id).executeTakeFirst();
}
