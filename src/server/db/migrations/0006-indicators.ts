/**
 * Pilot monitoring (issue 6): pilots with targets and evaluators' notes,
 * anonymous satisfaction feedback, export jobs (which also log who exported
 * what), and the indicator rollups.
 *
 * Rollups: every change to a contact, ticket, presence, referral, bounce or
 * feedback marks its (desk, local date) dirty in the same transaction;
 * `rollup_daily` holds that day's additive facts (metric, key → value: counts,
 * sums and whole-unit histograms), rebuilt from the day's records when dirty,
 * and `rollup_monthly` the same facts summed by month, so a six-month
 * dashboard reads a few rows per desk instead of the records.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect';
import { tenantTables } from './helpers';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  const { table, index } = tenantTables(db);

  await table('pilots')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    /** JSON { indicatorId: target }. */
    .addColumn('targets', 'text', (c) => c.notNull())
    .addColumn('wait_target_minutes', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('pilots_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('pilots_desk_fk', ['tenant_id', 'desk_id'], 'desks', ['tenant_id', 'id'])
    .execute();
  await index('pilots_desk_idx', 'pilots', ['desk_id', 'start_date'], true);

  await table('pilot_notes')
    .addColumn('pilot_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('pilot_notes_pk', ['tenant_id', 'pilot_id', 'organisation_id'])
    .execute();

  await table('feedback')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    /** The desk's local date of the answer. */
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_pk', ['tenant_id', 'id'])
    .execute();
  await index('feedback_desk_idx', 'feedback', ['desk_id', 'date']);
  await index('feedback_ticket_idx', 'feedback', ['ticket_id'], true);

  await table('exports')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('suppress', 'integer', (c) => c.notNull())
    /** JSON of the request (query, separator), never the pseudonym key. */
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text')
    .addColumn('file_name', 'text')
    .addColumn('content_type', 'text')
    .addColumn('file', dialect.engine === 'postgres' ? 'bytea' : 'blob')
    .addColumn('error', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('finished_at', ts)
    .addPrimaryKeyConstraint('exports_pk', ['tenant_id', 'id'])
    .execute();
  await index('exports_created_idx', 'exports', ['created_at']);

  await table('rollup_dirty')
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('marked_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_dirty_pk', ['tenant_id', 'desk_id', 'date'])
    .execute();

  await table('rollup_daily')
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_daily_pk', ['tenant_id', 'desk_id', 'date', 'metric', 'key'])
    .execute();
  await index('rollup_daily_metric_idx', 'rollup_daily', ['metric', 'date', 'desk_id']);

  await table('rollup_monthly')
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_monthly_pk', ['tenant_id', 'desk_id', 'month', 'metric', 'key'])
    .execute();
  await index('rollup_monthly_month_idx', 'rollup_monthly', ['month', 'desk_id']);

  /** Distinct persons of a period come from here (distinct counts do not add up across days). */
  await index('contacts_desk_person_idx', 'contacts', ['desk_id', 'date', 'person_id']);
  await index('referrals_desk_sent_idx', 'referrals', ['desk_id', 'sent_at']);
}
