/**
 * Queries on the indicator rollups: the dirty (desk, day) marks, the daily
 * facts and their monthly sums. Queries only.
 */
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../../db/dialect';
import type { DB } from '../../db/tables';

export async function markDirty(db: Kysely<DB>, tenantId: string, deskId: string, date: string, at: string) {
  await db
    .insertInto('rollup_dirty')
    .values({ tenant_id: tenantId, desk_id: deskId, date, marked_at: at })
    .onConflict((oc) => oc.columns(['tenant_id', 'desk_id', 'date']).doUpdateSet({ marked_at: at }))
    .execute();
}

export async function markDirtyMany(
  db: Kysely<DB>,
  tenantId: string,
  days: readonly { desk_id: string; date: string }[],
  at: string,
) {
  for (let i = 0; i < days.length; i += 1000) {
    await db
      .insertInto('rollup_dirty')
      .values(
        days
          .slice(i, i + 1000)
          .map((d) => ({ tenant_id: tenantId, desk_id: d.desk_id, date: d.date, marked_at: at })),
      )
      .onConflict((oc) => oc.columns(['tenant_id', 'desk_id', 'date']).doUpdateSet({ marked_at: at }))
      .execute();
  }
}

/** Desks with dirty days (of one tenant, or of all), and how many. */
export async function dirtyDesks(db: Kysely<DB>, tenantId: string | null, deskIds: readonly string[] | null) {
  let query = db
    .selectFrom('rollup_dirty')
    .select(['tenant_id', 'desk_id', (eb) => eb.fn.countAll<number>().as('days')])
    .groupBy(['tenant_id', 'desk_id']);
  if (tenantId) query = query.where('tenant_id', '=', tenantId);
  if (deskIds) {
    if (deskIds.length === 0) return [];
    query = query.where('desk_id', 'in', deskIds);
  }
  return query.execute();
}

export async function dirtyDaysOf(db: Kysely<DB>, tenantId: string, deskId: string, limit: number) {
  return db
    .selectFrom('rollup_dirty')
    .select(['date', 'marked_at'])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .orderBy('date')
    .limit(limit)
    .execute();
}

/** Serialise rebuilds of one desk's rollups (other processes wait; SQLite serialises anyway). */
export async function lockDesk(db: Kysely<DB>, dialect: Dialect, tenantId: string, deskId: string) {
  await dialect
    .forUpdate(db.selectFrom('desks').select('id').where('tenant_id', '=', tenantId).where('id', '=', deskId))
    .execute();
}

/** Replace the daily facts of some days of a desk. */
export async function replaceDays(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  dates: readonly string[],
  rows: readonly { date: string; metric: string; key: string; value: number }[],
) {
  if (dates.length === 0) return;
  await db
    .deleteFrom('rollup_daily')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('date', 'in', dates)
    .execute();
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('rollup_daily')
      .values(rows.slice(i, i + 500).map((r) => ({ tenant_id: tenantId, desk_id: deskId, ...r })))
      .execute();
  }
}

/** Clear the marks of these days unless marked again since they were read (then they stay for the next pass). */
export async function clearDirty(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  days: readonly { date: string; marked_at: string }[],
) {
  if (days.length === 0) return;
  await db
    .deleteFrom('rollup_dirty')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where((eb) =>
      eb.or(days.map((d) => eb.and([eb('date', '=', d.date), eb('marked_at', '=', d.marked_at)]))),
    )
    .execute();
}

/** The month's facts as the sum of its days. */
export async function rebuildMonth(db: Kysely<DB>, tenantId: string, deskId: string, month: string) {
  await db
    .deleteFrom('rollup_monthly')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('month', '=', month)
    .execute();
  await db
    .insertInto('rollup_monthly')
    .columns(['tenant_id', 'desk_id', 'month', 'metric', 'key', 'value'])
    .expression(
      db
        .selectFrom('rollup_daily')
        .select([
          'tenant_id',
          'desk_id',
          sql<string>`cast(${month} as text)`.as('month'),
          'metric',
          'key',
          sql<number>`sum(value)`.as('value'),
        ])
        .where('tenant_id', '=', tenantId)
        .where('desk_id', '=', deskId)
        .where('date', '>=', `${month}-01`)
        .where('date', '<=', `${month}-31`)
        .groupBy(['tenant_id', 'desk_id', 'metric', 'key']),
    )
    .execute();
}

/** Pack a desk-month's monthly facts in one row (after rebuildMonth). */
export async function packMonth(db: Kysely<DB>, tenantId: string, deskId: string, month: string) {
  const rows = await db
    .selectFrom('rollup_monthly')
    .select(['metric', 'key', 'value'])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('month', '=', month)
    .orderBy('metric')
    .orderBy('key')
    .execute();
  await db
    .deleteFrom('rollup_facts_monthly')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('month', '=', month)
    .execute();
  if (rows.length === 0) return;
  const packed: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const keys = packed[r.metric] ?? {};
    keys[r.key] = Number(r.value);
    packed[r.metric] = keys;
  }
  const facts = JSON.stringify(packed);
  await db
    .insertInto('rollup_facts_monthly')
    .values({ tenant_id: tenantId, desk_id: deskId, month, facts })
    .execute();
}

/** The packed monthly facts (JSON) of the desks for these months (YYYY-MM). */
export async function packedMonths(
  db: Kysely<DB>,
  tenantId: string,
  deskIds: readonly string[],
  months: readonly string[],
): Promise<string[]> {
  if (deskIds.length === 0 || months.length === 0) return [];
  const rows = await db
    .selectFrom('rollup_facts_monthly')
    .select('facts')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', 'in', deskIds)
    .where('month', 'in', months)
    .execute();
  return rows.map((r) => r.facts);
}

export interface FactRow {
  metric: string;
  key: string;
  value: number;
}

/** Sum of the daily facts of the desks between two dates (inclusive). */
export async function sumDaily(
  db: Kysely<DB>,
  tenantId: string,
  deskIds: readonly string[],
  from: string,
  to: string,
  metrics?: readonly string[],
): Promise<FactRow[]> {
  if (deskIds.length === 0) return [];
  let query = db
    .selectFrom('rollup_daily')
    .select(['metric', 'key', sql<number>`sum(value)`.as('value')])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', 'in', deskIds)
    .where('date', '>=', from)
    .where('date', '<=', to);
  if (metrics) query = query.where('metric', 'in', metrics);
  return query.groupBy(['metric', 'key']).execute();
}

/** Sum of the monthly facts of the desks for these months (YYYY-MM). */
export async function sumMonthly(
  db: Kysely<DB>,
  tenantId: string,
  deskIds: readonly string[],
  months: readonly string[],
  metrics?: readonly string[],
): Promise<FactRow[]> {
  if (deskIds.length === 0 || months.length === 0) return [];
  let query = db
    .selectFrom('rollup_monthly')
    .select(['metric', 'key', sql<number>`sum(value)`.as('value')])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', 'in', deskIds)
    .where('month', 'in', months);
  if (metrics) query = query.where('metric', 'in', metrics);
  return query.groupBy(['metric', 'key']).execute();
}

/** One metric's daily totals over the desks, for the time series. */
export async function dailyTotals(
  db: Kysely<DB>,
  tenantId: string,
  deskIds: readonly string[],
  from: string,
  to: string,
  metric: string,
) {
  if (deskIds.length === 0) return [];
  return db
    .selectFrom('rollup_daily')
    .select(['date', sql<number>`sum(value)`.as('value')])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', 'in', deskIds)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('metric', '=', metric)
    .groupBy('date')
    .orderBy('date')
    .execute();
}

/** Refresh PostgreSQL's statistics of the rollup tables, after rebuilding many of their rows at once. */
export async function analyseRollups(db: Kysely<DB>, dialect: Dialect) {
  if (dialect.engine !== 'postgres') return;
  await sql`analyze rollup_dirty, rollup_daily, rollup_monthly, rollup_facts_monthly, rollup_person_numbers, rollup_persons_daily, rollup_persons_monthly`.execute(
    db,
  );
}
