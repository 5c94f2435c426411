/**
 * Contacts at the desk (issue 4): vocabularies, people and their search keys,
 * consents, care relations, merges, contacts with requests, operators and
 * notes, drafts and messages to case workers. tenant_id leads every key.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect';
import { tenantTables } from './helpers';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = dialect.timestamp;
  const { table, index } = tenantTables(db);

  await table('vocabulary_terms')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label_it', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('area_codes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('outcome_group', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_retired', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('vocabulary_terms_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('vocabulary_terms_code_uq', ['tenant_id', 'kind', 'code'])
    .execute();

  await table('people')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('given_name', 'text', (c) => c.notNull())
    .addColumn('family_name', 'text', (c) => c.notNull())
    /** normaliseName(family) + ' ' + normaliseName(given): duplicates and exact matches. */
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('codice_fiscale', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('birth_place', 'text')
    .addColumn('phone', 'text')
    /** Digits only, for search. */
    .addColumn('phone_key', 'text')
    .addColumn('email', 'text')
    .addColumn('municipality_id', 'text')
    .addColumn('citizenship_group', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('merged_into_id', 'text')
    .addColumn('anonymised_at', ts)
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('people_pk', ['tenant_id', 'id'])
    .execute();
  await index('people_cf_idx', 'people', ['codice_fiscale']);
  await index('people_name_idx', 'people', ['name_key']);
  await index('people_birth_idx', 'people', ['birth_date']);
  await index('people_phone_idx', 'people', ['phone_key']);

  // Trigrams of each normalised name token: typo-tolerant search on both engines with a plain index.
  await table('person_search_grams')
    .addColumn('gram', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_search_grams_pk', ['tenant_id', 'gram', 'person_id'])
    .execute();
  await index('person_search_grams_person_idx', 'person_search_grams', ['person_id']);

  await table('consents')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('granted', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('consents_pk', ['tenant_id', 'id'])
    .execute();
  await index('consents_person_idx', 'consents', ['person_id', 'kind', 'recorded_at']);

  await table('care_relations')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('service_name', 'text', (c) => c.notNull())
    .addColumn('case_worker_name', 'text', (c) => c.notNull())
    .addColumn('case_worker_contact', 'text')
    .addColumn('case_worker_user_id', 'text')
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_ref', 'text')
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('care_relations_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('care_relations_person_fk', ['tenant_id', 'person_id'], 'people', [
      'tenant_id',
      'id',
    ])
    .execute();
  await index('care_relations_person_idx', 'care_relations', ['person_id']);
  await index('care_relations_ref_idx', 'care_relations', ['organisation_id', 'external_ref']);

  await table('person_merges')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kept_id', 'text', (c) => c.notNull())
    .addColumn('merged_id', 'text', (c) => c.notNull())
    /** JSON: the ids of the rows moved from merged to kept, by table, so undo moves exactly those back. */
    .addColumn('moved', 'text', (c) => c.notNull())
    .addColumn('merged_by', 'text')
    .addColumn('merged_at', ts, (c) => c.notNull())
    .addColumn('undone_by', 'text')
    .addColumn('undone_at', ts)
    .addPrimaryKeyConstraint('person_merges_pk', ['tenant_id', 'id'])
    .execute();
  await index('person_merges_merged_idx', 'person_merges', ['merged_id']);

  await table('contacts')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('opening_id', 'text')
    /** The desk's local date: one contact per person per day (IASS rule). */
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('visitor_type', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('age_band', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('municipality_id', 'text')
    .addColumn('citizenship_group', 'text', (c) => c.notNull())
    .addColumn('heard_from', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('interpreter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_joint', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', ts, (c) => c.notNull())
    .addColumn('ended_at', ts)
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('contacts_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('contacts_desk_fk', ['tenant_id', 'desk_id'], 'desks', ['tenant_id', 'id'])
    .execute();
  await index('contacts_desk_date_idx', 'contacts', ['desk_id', 'date']);
  await index('contacts_person_idx', 'contacts', ['person_id', 'date']);

  await table('contact_requests')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('area_code', 'text', (c) => c.notNull())
    .addColumn('category_code', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('outcome_code', 'text', (c) => c.notNull())
    .addColumn('service_name', 'text')
    .addColumn('care_relation_id', 'text')
    .addColumn('case_worker_messaged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_requests_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('contact_requests_contact_fk', ['tenant_id', 'contact_id'], 'contacts', [
      'tenant_id',
      'id',
    ])
    .execute();
  await index('contact_requests_contact_idx', 'contact_requests', ['contact_id', 'position']);

  await table('contact_operators')
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_operators_pk', ['tenant_id', 'contact_id', 'user_id'])
    .execute();

  await table('contact_notes')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('confidential', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_notes_pk', ['tenant_id', 'id'])
    .execute();
  await index('contact_notes_contact_idx', 'contact_notes', ['contact_id', 'created_at']);

  // Which contact a ticket's visit became; several tickets may join one contact on the same day.
  await db.schema.alterTable('tickets').addColumn('contact_id', 'text').execute();

  await table('contact_drafts')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('desk_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_drafts_pk', ['tenant_id', 'user_id', 'key'])
    .execute();
  await index('contact_drafts_age_idx', 'contact_drafts', ['updated_at']);

  await table('messages')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('recipient_id', 'text', (c) => c.notNull())
    .addColumn('sender_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('contact_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('read_at', ts)
    .addPrimaryKeyConstraint('messages_pk', ['tenant_id', 'id'])
    .execute();
  await index('messages_recipient_idx', 'messages', ['recipient_id', 'created_at']);
}
