/** Queries on pilots and their evaluators' notes, and the staffing they are read against. Queries only. */
import type { Kysely } from 'kysely';
import type { DB, PilotNotesTable, PilotsTable } from '../../db/tables';

/** Staffing organisations of the given desks, with names, by name. */
export async function staffingOf(db: Kysely<DB>, tenantId: string, deskIds: readonly string[]) {
  if (deskIds.length === 0) return [];
  return db
    .selectFrom('desk_organisations as d')
    .innerJoin('organisations as o', (j) =>
      j.onRef('o.tenant_id', '=', 'd.tenant_id').onRef('o.id', '=', 'd.organisation_id'),
    )
    .select(['d.desk_id', 'o.id', 'o.name'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.desk_id', 'in', deskIds)
    .orderBy('o.name')
    .execute();
}

const pilotColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('pilots as p')
    .innerJoin('desks as d', (j) =>
      j.onRef('d.tenant_id', '=', 'p.tenant_id').onRef('d.id', '=', 'p.desk_id'),
    )
    .selectAll('p')
    .select('d.name as desk_name');

export type PilotRow = PilotsTable & { desk_name: string };

export async function listPilots(
  db: Kysely<DB>,
  tenantId: string,
  deskIds: readonly string[],
): Promise<PilotRow[]> {
  if (deskIds.length === 0) return [];
  return pilotColumns(db)
    .where('p.tenant_id', '=', tenantId)
    .where('p.desk_id', 'in', deskIds)
    .orderBy('p.start_date', 'desc')
    .orderBy('p.id')
    .execute();
}

export async function findPilot(db: Kysely<DB>, tenantId: string, id: string): Promise<PilotRow | undefined> {
  return pilotColumns(db).where('p.tenant_id', '=', tenantId).where('p.id', '=', id).executeTakeFirst();
}

/** The desk's pilot whose period contains the date, else its latest. */
export async function pilotOn(db: Kysely<DB>, tenantId: string, deskId: string, date: string) {
  const base = pilotColumns(db).where('p.tenant_id', '=', tenantId).where('p.desk_id', '=', deskId);
  const current = await base
    .where('p.start_date', '<=', date)
    .where('p.end_date', '>=', date)
    .orderBy('p.start_date', 'desc')
    .executeTakeFirst();
  return current ?? (await base.orderBy('p.start_date', 'desc').executeTakeFirst());
}

export async function insertPilot(db: Kysely<DB>, row: PilotsTable) {
  await db.insertInto('pilots').values(row).execute();
}

/** Write only when the version read is still current. */
export async function updatePilot(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  values: Partial<PilotsTable>,
) {
  return db
    .updateTable('pilots')
    .set({ ...values, version: version + 1 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function notesOf(db: Kysely<DB>, tenantId: string, pilotIds: readonly string[]) {
  if (pilotIds.length === 0) return [];
  return db
    .selectFrom('pilot_notes as n')
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'n.tenant_id').onRef('u.id', '=', 'n.updated_by'),
    )
    .select(['n.pilot_id', 'n.organisation_id', 'n.body', 'n.updated_at', 'u.full_name as updated_by_name'])
    .where('n.tenant_id', '=', tenantId)
    .where('n.pilot_id', 'in', pilotIds)
    .execute();
}

export async function upsertNote(db: Kysely<DB>, row: PilotNotesTable) {
  await db
    .insertInto('pilot_notes')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'pilot_id', 'organisation_id'])
        .doUpdateSet({ body: row.body, updated_by: row.updated_by, updated_at: row.updated_at }),
    )
    .execute();
}
