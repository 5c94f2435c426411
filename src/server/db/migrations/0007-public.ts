/**
 * Public pages and the launch campaign (issue 7): the desk's public contact
 * details, campaign tags printed in QR links, and visit counts per tag.
 *
 * `public_visits` holds aggregate counts only — per desk, local day, tag
 * ('' when the visit carried none) and language — never an address, a
 * cookie or anything that tells one visitor from another.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect';
import { tenantTables } from './helpers';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  const { table } = tenantTables(db);

  await table('desk_public_info')
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('accessibility_url', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('desk_public_info_pk', ['tenant_id', 'desk_id'])
    .addForeignKeyConstraint('desk_public_info_desk_fk', ['tenant_id', 'desk_id'], 'desks', [
      'tenant_id',
      'id',
    ])
    .execute();

  await table('campaign_tags')
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('medium', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_tags_pk', ['tenant_id', 'desk_id', 'code'])
    .addForeignKeyConstraint('campaign_tags_desk_fk', ['tenant_id', 'desk_id'], 'desks', ['tenant_id', 'id'])
    .execute();

  await table('public_visits')
    .addColumn('desk_id', 'text', (c) => c.notNull())
    /** The desk's local date. */
    .addColumn('date', 'text', (c) => c.notNull())
    /** The campaign tag, '' for a visit without one. */
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('public_visits_pk', ['tenant_id', 'desk_id', 'date', 'tag', 'lang'])
    .execute();
}
