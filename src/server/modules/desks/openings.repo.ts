/** Queries on concrete openings, closures and operator presence. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/dialect';
import type { DB, DeskClosuresTable, OpeningsTable, PresencesTable } from '../../db/tables';

export async function openingsBetween(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('openings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
}

export async function findOpening(db: Kysely<DB>, tenantId: string, id: string) {
  return db
    .selectFrom('openings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Lock the opening row for the rest of the transaction: queue changes at one opening happen one at a time. */
export async function lockOpening(db: Kysely<DB>, dialect: Dialect, tenantId: string, id: string) {
  return dialect
    .forUpdate(db.selectFrom('openings').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id))
    .executeTakeFirst();
}

export async function findByStart(db: Kysely<DB>, tenantId: string, deskId: string, scheduledStart: string) {
  return db
    .selectFrom('openings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('scheduled_start', '=', scheduledStart)
    .executeTakeFirst();
}

/** Insert unless another request created the same opening first. */
export async function insertOpening(db: Kysely<DB>, row: OpeningsTable) {
  await db
    .insertInto('openings')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'desk_id', 'scheduled_start']).doNothing())
    .execute();
}

export async function updateOpening(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  patch: Partial<OpeningsTable>,
) {
  await db
    .updateTable('openings')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** Close the opening once: false when someone else closed it first. */
export async function markClosed(db: Kysely<DB>, tenantId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('openings')
    .set({ closed_at: at, updated_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open openings of every tenant whose end plus the desk's grace has passed. */
export async function dueForClosing(db: Kysely<DB>, now: string) {
  const rows = await db
    .selectFrom('openings as o')
    .innerJoin('desks as d', (join) =>
      join.onRef('d.tenant_id', '=', 'o.tenant_id').onRef('d.id', '=', 'o.desk_id'),
    )
    .select([
      'o.tenant_id',
      'o.id',
      'o.desk_id',
      'o.scheduled_end',
      'o.actual_end',
      'd.queue_closing_grace_minutes',
    ])
    .where('o.closed_at', 'is', null)
    .where('o.scheduled_start', '<', now)
    .execute();
  return rows.filter(
    (row) =>
      Date.parse(row.actual_end ?? row.scheduled_end) + row.queue_closing_grace_minutes * 60_000 <=
      Date.parse(now),
  );
}

export async function closuresBetween(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('desk_closures')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
}

export async function insertClosure(db: Kysely<DB>, row: DeskClosuresTable) {
  await db.insertInto('desk_closures').values(row).execute();
}

export async function deleteClosure(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('desk_closures')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

// ── presence ──

export async function presencesAt(db: Kysely<DB>, tenantId: string, openingId: string) {
  return db
    .selectFrom('presences as p')
    .innerJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.id', '=', 'p.user_id'),
    )
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'p.tenant_id').onRef('o.id', '=', 'p.organisation_id'),
    )
    .selectAll('p')
    .select(['u.full_name as user_name', 'o.name as organisation_name', 'o.kind as organisation_kind'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.opening_id', '=', openingId)
    .orderBy('p.checked_in_at')
    .execute();
}

export async function insertPresence(db: Kysely<DB>, row: PresencesTable) {
  await db.insertInto('presences').values(row).execute();
}

export async function checkOut(
  db: Kysely<DB>,
  tenantId: string,
  openingId: string,
  at: string,
  reason: 'manual' | 'closing',
  userId?: string,
) {
  let query = db
    .updateTable('presences')
    .set({ checked_out_at: at, checkout_reason: reason })
    .where('tenant_id', '=', tenantId)
    .where('opening_id', '=', openingId)
    .where('checked_out_at', 'is', null);
  if (userId) query = query.where('user_id', '=', userId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
