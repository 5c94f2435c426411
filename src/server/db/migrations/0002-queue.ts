/**
 * Openings, closures, presence, the walk-in queue and paired devices
 * (issue 3). tenant_id leads every key and index, as everywhere.
 */
import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../dialect';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;

  // Desk settings for the queue and the calendar (literal defaults read the same on both engines).
  for (const [column, type, fallback] of [
    ['counters', 'text', `'["Postazione 1","Postazione 2"]'`],
    ['queue_max_priority_streak', 'integer', '2'],
    ['queue_standard_max_wait_minutes', 'integer', '30'],
    ['queue_no_show_after_recalls', 'integer', '2'],
    ['queue_closing_grace_minutes', 'integer', '30'],
  ] as const) {
    await db.schema
      .alterTable('desks')
      .addColumn(column, type, (c) => c.notNull().defaultTo(sql.raw(fallback)))
      .execute();
  }
  await db.schema.alterTable('desks').addColumn('patron_day', 'text').execute();
  await db.schema.alterTable('desks').addColumn('patron_name', 'text').execute();

  await db.schema
    .createTable('desk_closures')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('desk_closures_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('desk_closures_date_uq', ['tenant_id', 'desk_id', 'date'])
    .addForeignKeyConstraint('desk_closures_desk_fk', ['tenant_id', 'desk_id'], 'desks', ['tenant_id', 'id'])
    .execute();

  await db.schema
    .createTable('openings')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('scheduled_start', ts, (c) => c.notNull())
    .addColumn('scheduled_end', ts, (c) => c.notNull())
    .addColumn('actual_start', ts)
    .addColumn('actual_end', ts)
    .addColumn('note', 'text')
    .addColumn('last_standard', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('event_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('closed_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('openings_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('openings_start_uq', ['tenant_id', 'desk_id', 'scheduled_start'])
    .addForeignKeyConstraint('openings_desk_fk', ['tenant_id', 'desk_id'], 'desks', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createIndex('openings_date_idx')
    .on('openings')
    .columns(['tenant_id', 'desk_id', 'date'])
    .execute();
  await db.schema
    .createIndex('openings_open_idx')
    .on('openings')
    .columns(['tenant_id', 'closed_at'])
    .execute();

  await db.schema
    .createTable('presences')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('opening_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('counter', 'text', (c) => c.notNull())
    .addColumn('checked_in_at', ts, (c) => c.notNull())
    .addColumn('checked_out_at', ts)
    .addColumn('checkout_reason', 'text')
    .addPrimaryKeyConstraint('presences_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('presences_opening_fk', ['tenant_id', 'opening_id'], 'openings', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('presences_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createIndex('presences_opening_idx')
    .on('presences')
    .columns(['tenant_id', 'opening_id'])
    .execute();
  await db.schema
    .createIndex('presences_user_idx')
    .on('presences')
    .columns(['tenant_id', 'user_id', 'checked_in_at'])
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('opening_id', 'text', (c) => c.notNull())
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('priority_reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('device_id', 'text')
    .addColumn('issued_at', ts, (c) => c.notNull())
    .addColumn('first_called_at', ts)
    .addColumn('called_at', ts)
    .addColumn('serving_at', ts)
    .addColumn('closed_at', ts)
    .addColumn('recalls', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('counter', 'text')
    .addColumn('operator_id', 'text')
    .addColumn('transferred_to', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('tickets_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('tickets_number_uq', ['tenant_id', 'opening_id', 'series', 'number'])
    .addForeignKeyConstraint('tickets_opening_fk', ['tenant_id', 'opening_id'], 'openings', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('tickets_status_idx')
    .on('tickets')
    .columns(['tenant_id', 'opening_id', 'status'])
    .execute();
  await db.schema
    .createIndex('tickets_desk_idx')
    .on('tickets')
    .columns(['tenant_id', 'desk_id', 'issued_at'])
    .execute();

  // Every change to a ticket, numbered per opening: the display's catch-up and the service-time history.
  await db.schema
    .createTable('ticket_events')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('opening_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status_from', 'text')
    .addColumn('status_to', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('counter', 'text')
    .addPrimaryKeyConstraint('ticket_events_pk', ['tenant_id', 'opening_id', 'seq'])
    .addForeignKeyConstraint('ticket_events_ticket_fk', ['tenant_id', 'ticket_id'], 'tickets', [
      'tenant_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('ticket_events_ticket_idx')
    .on('ticket_events')
    .columns(['tenant_id', 'ticket_id', 'seq'])
    .execute();

  await db.schema
    .createTable('devices')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('printer', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text')
    .addColumn('pairing_hash', 'text')
    .addColumn('pairing_expires_at', ts)
    .addColumn('paired_at', ts)
    .addColumn('last_seen_at', ts)
    .addColumn('revoked_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('devices_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('devices_desk_fk', ['tenant_id', 'desk_id'], 'desks', ['tenant_id', 'id'])
    .execute();
  await db.schema
    .createIndex('devices_token_idx')
    .on('devices')
    .columns(['tenant_id', 'token_hash'])
    .execute();
  await db.schema
    .createIndex('devices_pairing_idx')
    .on('devices')
    .columns(['tenant_id', 'pairing_hash'])
    .execute();
}
