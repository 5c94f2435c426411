/**
 * Referrals (issue 5): a request of a contact handed to a service of the
 * directory, every move of its status, bounces (rimpalli) and in-app
 * notifications. `reminded_at` marks the one overdue reminder a referral may
 * get, so several processes never send it twice. tenant_id leads every key.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect';
import { tenantTables } from './helpers';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  const { table, index } = tenantTables(db);

  await table('referrals')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.notNull())
    /** The receiving organisation: the service's, copied so the inbox needs no join to the directory. */
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    /** The sending operator's organisation (FHIR requester). */
    .addColumn('sender_organisation_id', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('told_person', 'text')
    .addColumn('share_basis', 'text', (c) => c.notNull())
    .addColumn('share_basis_note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    /** The desk's local date by which the service should acknowledge. */
    .addColumn('ack_due_by', 'text', (c) => c.notNull())
    /** The instant the referral becomes overdue (the start of the day after ack_due_by, desk time). */
    .addColumn('overdue_from', ts, (c) => c.notNull())
    /** When it left the desk (requested): a draft stays the desk's own until then. */
    .addColumn('sent_at', ts)
    .addColumn('acknowledged_at', ts)
    /** First time it reached accepted (or in-progress / completed): bounces look at this. */
    .addColumn('accepted_at', ts)
    .addColumn('reminded_at', ts)
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('referrals_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('referrals_contact_fk', ['tenant_id', 'contact_id'], 'contacts', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('referrals_person_fk', ['tenant_id', 'person_id'], 'people', ['tenant_id', 'id'])
    .addForeignKeyConstraint('referrals_service_fk', ['tenant_id', 'service_id'], 'directory_services', [
      'tenant_id',
      'id',
    ])
    .execute();
  await index('referrals_inbox_idx', 'referrals', ['organisation_id', 'created_at']);
  await index('referrals_desk_idx', 'referrals', ['desk_id', 'created_at']);
  await index('referrals_person_idx', 'referrals', ['person_id', 'area_code', 'created_at']);
  await index('referrals_overdue_idx', 'referrals', ['status', 'overdue_from']);

  await table('referral_events')
    .addColumn('referral_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('organisation_id', 'text')
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('referral_events_pk', ['tenant_id', 'referral_id', 'seq'])
    .execute();

  await table('bounces')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    /** re_referred: the new referral; came_back: the referral that never reached accepted. */
    .addColumn('referral_id', 'text', (c) => c.notNull())
    .addColumn('previous_referral_id', 'text')
    .addColumn('contact_id', 'text')
    /** The desk that saw it (counted in the desk's list). */
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('detected_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('bounces_pk', ['tenant_id', 'id'])
    .execute();
  await index('bounces_once_uq', 'bounces', ['kind', 'referral_id'], true);
  await index('bounces_person_idx', 'bounces', ['person_id', 'detected_at']);
  await index('bounces_desk_idx', 'bounces', ['desk_id', 'detected_at']);

  await table('notifications')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('referral_id', 'text', (c) => c.notNull())
    /** The status reached, for referral_moved (no personal data). */
    .addColumn('status', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('read_at', ts)
    .addPrimaryKeyConstraint('notifications_pk', ['tenant_id', 'id'])
    .execute();
  await index('notifications_user_idx', 'notifications', ['user_id', 'created_at']);
}
