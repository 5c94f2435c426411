/**
 * Regional dashboards at any size (issue 6): the distinct people of a period
 * without scanning its contacts.
 *
 * `rollup_person_numbers` gives each identified person of a tenant a small
 * integer (ids only, no personal data; assigned when a rollup first sees the
 * person). `rollup_persons_daily` and `rollup_persons_monthly` keep, for each
 * desk-day and desk-month, the sorted numbers of the people with a contact
 * there (delta-varint encoded) and how many they are. They are rebuilt with
 * the other rollups from the same dirty (desk, day) marks, so a merge or an
 * edit that moves a person's contacts is reflected like any other change.
 *
 * `rollup_facts_monthly` holds each desk-month's facts of `rollup_monthly`
 * packed in one JSON row, so a region's months are a few hundred rows summed
 * in the server instead of desks × months × keys rows grouped in SQL.
 *
 * Every existing desk-day with contacts is marked dirty here, so the sets of
 * data recorded before this migration are built by the next rebuild.
 */
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../dialect';
import { tenantTables } from './helpers';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const { table, index } = tenantTables(db);
  const bytes = dialect.engine === 'postgres' ? 'bytea' : 'blob';

  await table('rollup_person_numbers')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_person_numbers_pk', ['tenant_id', 'person_id'])
    .execute();
  await index('rollup_person_numbers_number_idx', 'rollup_person_numbers', ['number'], true);

  await table('rollup_persons_daily')
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('persons', 'integer', (c) => c.notNull())
    .addColumn('numbers', bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_persons_daily_pk', ['tenant_id', 'desk_id', 'date'])
    .execute();

  await table('rollup_persons_monthly')
    .addColumn('desk_id', 'text', (c) => c.notNull())
    /** YYYY-MM. */
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('persons', 'integer', (c) => c.notNull())
    .addColumn('numbers', bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_persons_monthly_pk', ['tenant_id', 'desk_id', 'month'])
    .execute();

  await table('rollup_facts_monthly')
    .addColumn('desk_id', 'text', (c) => c.notNull())
    /** YYYY-MM. */
    .addColumn('month', 'text', (c) => c.notNull())
    /** JSON { metric: { key: value } }. */
    .addColumn('facts', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_facts_monthly_pk', ['tenant_id', 'desk_id', 'month'])
    .execute();

  const now = dialect.engine === 'postgres' ? sql`now()` : sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
  await sql`insert into rollup_dirty (tenant_id, desk_id, date, marked_at)
    select distinct tenant_id, desk_id, date, ${now} from contacts where true
    on conflict (tenant_id, desk_id, date) do nothing`.execute(db);
}
