/** Queries on tickets and their events. */
import type { Kysely } from 'kysely';
import type { DB, TicketEventsTable, TicketsTable } from '../../db/tables';

function ticketsWithNames(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('tickets as t')
    .leftJoin('users as op', (join) =>
      join.onRef('op.tenant_id', '=', 't.tenant_id').onRef('op.id', '=', 't.operator_id'),
    )
    .leftJoin('users as to', (join) =>
      join.onRef('to.tenant_id', '=', 't.tenant_id').onRef('to.id', '=', 't.transferred_to'),
    )
    .selectAll('t')
    .select(['op.full_name as operator_name', 'to.full_name as transferred_to_name'])
    .where('t.tenant_id', '=', tenantId);
}

export type TicketRow = TicketsTable & { operator_name: string | null; transferred_to_name: string | null };

export async function findTicket(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
): Promise<TicketRow | undefined> {
  return ticketsWithNames(db, tenantId).where('t.id', '=', id).executeTakeFirst();
}

export async function ticketsWithStatus(
  db: Kysely<DB>,
  tenantId: string,
  openingId: string,
  statuses: readonly string[],
) {
  return ticketsWithNames(db, tenantId)
    .where('t.opening_id', '=', openingId)
    .where('t.status', 'in', statuses)
    .orderBy('t.issued_at')
    .orderBy('t.id')
    .execute();
}

export async function countByStatus(db: Kysely<DB>, tenantId: string, openingId: string) {
  const rows = await db
    .selectFrom('tickets')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId)
    .where('opening_id', '=', openingId)
    .groupBy('status')
    .execute();
  return new Map(rows.map((row) => [row.status, Number(row.n)]));
}

/** Take the next number of a series at this opening (the row is locked by the caller's transaction). */
export async function nextNumber(
  db: Kysely<DB>,
  tenantId: string,
  openingId: string,
  series: 'A' | 'P',
): Promise<number> {
  const column = series === 'A' ? 'last_standard' : 'last_priority';
  const row = await db
    .updateTable('openings')
    .set((eb) => ({ [column]: eb(column, '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', openingId)
    .returning(column)
    .executeTakeFirstOrThrow();
  return Number((row as Record<string, number>)[column]);
}

export async function nextEventSeq(db: Kysely<DB>, tenantId: string, openingId: string): Promise<number> {
  const row = await db
    .updateTable('openings')
    .set((eb) => ({ event_seq: eb('event_seq', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', openingId)
    .returning('event_seq')
    .executeTakeFirstOrThrow();
  return Number(row.event_seq);
}

export async function insertTicket(db: Kysely<DB>, row: TicketsTable) {
  await db.insertInto('tickets').values(row).execute();
}

/** Apply a change only if the ticket is still as read (version and status): false when someone got there first. */
export async function updateTicket(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  expected: { version: number; status: string },
  patch: Partial<TicketsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('tickets')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('status', '=', expected.status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertEvent(db: Kysely<DB>, row: TicketEventsTable) {
  await db.insertInto('ticket_events').values(row).execute();
}

/** Series of the tickets called at this opening, in call order (for the priority streak). */
export async function callSeries(
  db: Kysely<DB>,
  tenantId: string,
  openingId: string,
): Promise<('A' | 'P')[]> {
  const rows = await db
    .selectFrom('ticket_events as e')
    .innerJoin('tickets as t', (join) =>
      join.onRef('t.tenant_id', '=', 'e.tenant_id').onRef('t.id', '=', 'e.ticket_id'),
    )
    .select('t.series')
    .where('e.tenant_id', '=', tenantId)
    .where('e.opening_id', '=', openingId)
    .where('e.action', '=', 'call')
    .orderBy('e.seq')
    .execute();
  return rows.map((row) => row.series);
}

/** The latest calls and recalls at this opening, newest first (for the display). */
export async function recentCalls(
  db: Kysely<DB>,
  tenantId: string,
  openingId: string,
  limit: number,
  afterSeq = 0,
) {
  return db
    .selectFrom('ticket_events as e')
    .innerJoin('tickets as t', (join) =>
      join.onRef('t.tenant_id', '=', 'e.tenant_id').onRef('t.id', '=', 'e.ticket_id'),
    )
    .select(['e.seq', 't.code', 'e.counter', 'e.at'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.opening_id', '=', openingId)
    .where('e.action', 'in', ['call', 'recall'])
    .where('e.seq', '>', afterSeq)
    .orderBy('e.seq', 'desc')
    .limit(limit)
    .execute();
}

/** Minutes from first call to done of the tickets served at the desk's most recent openings. */
export async function recentServiceMinutes(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  openings: number,
) {
  const recent = db
    .selectFrom('openings')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .orderBy('scheduled_start', 'desc')
    .limit(openings);
  const rows = await db
    .selectFrom('tickets')
    .select(['first_called_at', 'closed_at'])
    .where('tenant_id', '=', tenantId)
    .where('opening_id', 'in', recent)
    .where('status', '=', 'done')
    .execute();
  return rows
    .filter((row) => row.first_called_at && row.closed_at)
    .map((row) => (Date.parse(row.closed_at!) - Date.parse(row.first_called_at!)) / 60_000);
}

export async function setTicketContact(
  db: Kysely<DB>,
  tenantId: string,
  ticketId: string,
  contactId: string,
) {
  await db
    .updateTable('tickets')
    .set({ contact_id: contactId })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', ticketId)
    .execute();
}
