/**
 * The service directory (issue 5), aligned with Open Referral HSDS 3.0: services
 * of our organisations with their locations, opening schedules, phones,
 * contacts and cost options, plus the full-text index behind the dialect.
 * `hsds_document` keeps the HSDS document a service was imported from, so an
 * export gives back everything it had. tenant_id leads every key.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect';
import { tenantTables } from './helpers';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  const { table, index } = tenantTables(db);

  await table('directory_services')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('alternate_name', 'text')
    .addColumn('description', 'text')
    .addColumn('url', 'text')
    .addColumn('email', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('interpretation_services', 'text')
    .addColumn('application_process', 'text')
    .addColumn('fees_description', 'text')
    .addColumn('eligibility_description', 'text')
    .addColumn('accreditations', 'text')
    .addColumn('minimum_age', 'double precision')
    .addColumn('maximum_age', 'double precision')
    .addColumn('alert', 'text')
    /** JSON arrays of names (HSDS language / service_area objects keep their details in hsds_document). */
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('service_areas', 'text', (c) => c.notNull().defaultTo('[]'))
    /** JSON array of our ISTAT user-area codes (vocabulary kind `area`). */
    .addColumn('area_codes', 'text', (c) => c.notNull().defaultTo('[]'))
    /** Working days a referral to this service may wait for acknowledgement. */
    .addColumn('ack_working_days', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('hsds_document', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('directory_services_pk', ['tenant_id', 'id'])
    .execute();
  await index('directory_services_organisation_idx', 'directory_services', ['organisation_id']);
  await index('directory_services_name_idx', 'directory_services', ['name']);

  const child = (name: string) =>
    table(name)
      .addColumn('service_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${name}_pk`, ['tenant_id', 'service_id', 'id']);

  await child('directory_locations')
    .addColumn('name', 'text')
    .addColumn('address_1', 'text')
    .addColumn('city', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('state_province', 'text')
    .addColumn('country', 'text')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .execute();
  await child('directory_schedules')
    .addColumn('byday', 'text')
    .addColumn('opens_at', 'text')
    .addColumn('closes_at', 'text')
    .addColumn('description', 'text')
    .execute();
  await child('directory_phones')
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .execute();
  await child('directory_contacts')
    .addColumn('name', 'text')
    .addColumn('title', 'text')
    .addColumn('email', 'text')
    .execute();
  await child('directory_cost_options')
    .addColumn('option', 'text')
    .addColumn('amount', 'double precision')
    .addColumn('currency', 'text')
    .addColumn('amount_description', 'text')
    .execute();

  await dialect.createFullTextTable(db, 'directory_search');
}
