/**
 * Queries on the distinct-person rollups: the tenant's person numbers and the
 * encoded person sets of desk-days and desk-months. Queries only.
 */
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/dialect';
import type { DB } from '../../db/tables';

/** The identified people of some days of a desk, one row per (date, person). */
export async function personsOfDays(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  dates: readonly string[],
) {
  if (dates.length === 0) return [];
  return db
    .selectFrom('contacts')
    .select(['date', 'person_id'])
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('date', 'in', dates)
    .where('person_id', 'is not', null)
    .$narrowType<{ person_id: string }>()
    .execute();
}

export async function numbersOf(db: Kysely<DB>, tenantId: string, personIds: readonly string[]) {
  const out = new Map<string, number>();
  for (let i = 0; i < personIds.length; i += 1000) {
    const rows = await db
      .selectFrom('rollup_person_numbers')
      .select(['person_id', 'number'])
      .where('tenant_id', '=', tenantId)
      .where('person_id', 'in', personIds.slice(i, i + 1000))
      .execute();
    for (const r of rows) out.set(r.person_id, Number(r.number));
  }
  return out;
}

/** Serialise number assignment within a tenant until the transaction ends (SQLite serialises writers anyway). */
export async function lockPersonNumbers(db: Kysely<DB>, dialect: Dialect, tenantId: string) {
  if (dialect.engine !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtext(${`rollup_person_numbers:${tenantId}`}))`.execute(db);
}

export async function maxPersonNumber(db: Kysely<DB>, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('rollup_person_numbers')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row?.n === null || row?.n === undefined ? -1 : Number(row.n);
}

export async function insertPersonNumbers(
  db: Kysely<DB>,
  tenantId: string,
  rows: readonly { person_id: string; number: number }[],
) {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('rollup_person_numbers')
      .values(rows.slice(i, i + 1000).map((r) => ({ tenant_id: tenantId, ...r })))
      .execute();
  }
}

export async function replacePersonsDay(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  date: string,
  persons: number,
  numbers: Uint8Array,
) {
  await db
    .deleteFrom('rollup_persons_daily')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('date', '=', date)
    .execute();
  if (persons > 0)
    await db
      .insertInto('rollup_persons_daily')
      .values({ tenant_id: tenantId, desk_id: deskId, date, persons, numbers })
      .execute();
}

export async function replacePersonsMonth(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  month: string,
  persons: number,
  numbers: Uint8Array,
) {
  await db
    .deleteFrom('rollup_persons_monthly')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('month', '=', month)
    .execute();
  if (persons > 0)
    await db
      .insertInto('rollup_persons_monthly')
      .values({ tenant_id: tenantId, desk_id: deskId, month, persons, numbers })
      .execute();
}

/** The encoded day sets of desks between two dates (inclusive). */
export async function daySets(
  db: Kysely<DB>,
  tenantId: string,
  deskIds: readonly string[],
  from: string,
  to: string,
): Promise<Uint8Array[]> {
  if (deskIds.length === 0) return [];
  const rows = await db
    .selectFrom('rollup_persons_daily')
    .select('numbers')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', 'in', deskIds)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
  return rows.map((r) => r.numbers);
}

/** The encoded month sets of desks for these months (YYYY-MM). */
export async function monthSets(
  db: Kysely<DB>,
  tenantId: string,
  deskIds: readonly string[],
  months: readonly string[],
): Promise<Uint8Array[]> {
  if (deskIds.length === 0 || months.length === 0) return [];
  const rows = await db
    .selectFrom('rollup_persons_monthly')
    .select('numbers')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', 'in', deskIds)
    .where('month', 'in', months)
    .execute();
  return rows.map((r) => r.numbers);
}
