/** Queries on contacts, their requests, operators and notes, and the operators' drafts. */
import type { Kysely } from 'kysely';
import type {
  ContactDraftsTable,
  ContactNotesTable,
  ContactOperatorsTable,
  ContactRequestsTable,
  ContactsTable,
  DB,
} from '../../db/tables';

export type ContactRow = ContactsTable & {
  desk_name: string;
  municipality_name: string | null;
  created_by_name: string | null;
};

const contacts = (db: Kysely<DB>, tenantId: string) =>
  db
    .selectFrom('contacts as c')
    .innerJoin('desks as d', (join) =>
      join.onRef('d.tenant_id', '=', 'c.tenant_id').onRef('d.id', '=', 'c.desk_id'),
    )
    .leftJoin('municipalities as m', (join) =>
      join.onRef('m.tenant_id', '=', 'c.tenant_id').onRef('m.id', '=', 'c.municipality_id'),
    )
    .leftJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.created_by'),
    )
    .selectAll('c')
    .select(['d.name as desk_name', 'm.name as municipality_name', 'u.full_name as created_by_name'])
    .where('c.tenant_id', '=', tenantId);

export async function findContact(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
): Promise<ContactRow | undefined> {
  return contacts(db, tenantId).where('c.id', '=', id).executeTakeFirst();
}

export async function contactsOnDesk(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  from: string,
  to: string,
  limit: number,
): Promise<ContactRow[]> {
  return contacts(db, tenantId)
    .where('c.desk_id', '=', deskId)
    .where('c.date', '>=', from)
    .where('c.date', '<=', to)
    .orderBy('c.started_at', 'desc')
    .limit(limit)
    .execute();
}

export async function contactsOfPerson(db: Kysely<DB>, tenantId: string, personId: string, limit = 200) {
  return contacts(db, tenantId)
    .where('c.person_id', '=', personId)
    .orderBy('c.started_at', 'desc')
    .limit(limit)
    .execute();
}

/** The person's contact at this desk on this day, if any (the IASS one-contact-per-day rule). */
export async function sameDayContact(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  personId: string,
  date: string,
) {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('person_id', '=', personId)
    .where('date', '=', date)
    .orderBy('started_at')
    .executeTakeFirst();
}

export async function insertContact(db: Kysely<DB>, row: ContactsTable) {
  await db.insertInto('contacts').values(row).execute();
}

export async function updateContact(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<ContactsTable, 'tenant_id' | 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('contacts')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function requestsOf(db: Kysely<DB>, tenantId: string, contactIds: readonly string[]) {
  if (contactIds.length === 0) return [];
  return db
    .selectFrom('contact_requests')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('contact_id', 'in', contactIds)
    .orderBy('contact_id')
    .orderBy('position')
    .execute();
}

export async function insertRequests(db: Kysely<DB>, rows: ContactRequestsTable[]) {
  if (rows.length === 0) return;
  await db.insertInto('contact_requests').values(rows).execute();
}

export async function updateRequest(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  patch: Partial<Omit<ContactRequestsTable, 'tenant_id' | 'id' | 'contact_id'>>,
) {
  await db
    .updateTable('contact_requests')
    .set(patch)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function deleteRequests(db: Kysely<DB>, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('contact_requests').where('tenant_id', '=', tenantId).where('id', 'in', ids).execute();
}

export type OperatorRow = ContactOperatorsTable & {
  full_name: string;
  organisation_name: string;
  organisation_kind: string;
};

export async function operatorsOf(
  db: Kysely<DB>,
  tenantId: string,
  contactIds: readonly string[],
): Promise<OperatorRow[]> {
  if (contactIds.length === 0) return [];
  return db
    .selectFrom('contact_operators as co')
    .innerJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 'co.tenant_id').onRef('u.id', '=', 'co.user_id'),
    )
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'co.tenant_id').onRef('o.id', '=', 'co.organisation_id'),
    )
    .selectAll('co')
    .select(['u.full_name', 'o.name as organisation_name', 'o.kind as organisation_kind'])
    .where('co.tenant_id', '=', tenantId)
    .where('co.contact_id', 'in', contactIds)
    .orderBy('u.full_name')
    .execute();
}

export async function replaceOperators(
  db: Kysely<DB>,
  tenantId: string,
  contactId: string,
  rows: ContactOperatorsTable[],
) {
  await db
    .deleteFrom('contact_operators')
    .where('tenant_id', '=', tenantId)
    .where('contact_id', '=', contactId)
    .execute();
  if (rows.length > 0) await db.insertInto('contact_operators').values(rows).execute();
}

export type NoteRow = ContactNotesTable & { author_name: string; organisation_name: string };

export async function notesOf(
  db: Kysely<DB>,
  tenantId: string,
  contactIds: readonly string[],
): Promise<NoteRow[]> {
  if (contactIds.length === 0) return [];
  return db
    .selectFrom('contact_notes as n')
    .innerJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 'n.tenant_id').onRef('u.id', '=', 'n.author_id'),
    )
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'n.tenant_id').onRef('o.id', '=', 'n.organisation_id'),
    )
    .selectAll('n')
    .select(['u.full_name as author_name', 'o.name as organisation_name'])
    .where('n.tenant_id', '=', tenantId)
    .where('n.contact_id', 'in', contactIds)
    .orderBy('n.created_at')
    .execute();
}

export async function insertNote(db: Kysely<DB>, row: ContactNotesTable) {
  await db.insertInto('contact_notes').values(row).execute();
}

export async function ticketsOf(db: Kysely<DB>, tenantId: string, contactIds: readonly string[]) {
  if (contactIds.length === 0) return [];
  return db
    .selectFrom('tickets')
    .select(['id', 'code', 'contact_id'])
    .where('tenant_id', '=', tenantId)
    .where('contact_id', 'in', contactIds)
    .orderBy('issued_at')
    .execute();
}

/** Active users of the tenant among the ids, with their organisation. */
export async function activeUsers(db: Kysely<DB>, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.id', '=', 'u.organisation_id'),
    )
    .select([
      'u.id',
      'u.full_name',
      'u.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
    ])
    .where('u.tenant_id', '=', tenantId)
    .where('u.id', 'in', ids)
    .where('u.is_active', '=', 1)
    .execute();
}

// ── drafts ──────────────────────────────────────────────────────────────────

export async function listDrafts(db: Kysely<DB>, tenantId: string, userId: string) {
  return db
    .selectFrom('contact_drafts')
    .select(['key', 'desk_id', 'updated_at'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .orderBy('updated_at', 'desc')
    .execute();
}

export async function findDraft(db: Kysely<DB>, tenantId: string, userId: string, key: string) {
  return db
    .selectFrom('contact_drafts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function upsertDraft(db: Kysely<DB>, row: ContactDraftsTable) {
  await db
    .insertInto('contact_drafts')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'user_id', 'key'])
        .doUpdateSet({ body: row.body, desk_id: row.desk_id, updated_at: row.updated_at }),
    )
    .execute();
}

export async function deleteDraft(db: Kysely<DB>, tenantId: string, userId: string, key: string) {
  const result = await db
    .deleteFrom('contact_drafts')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Drafts nobody touched since `before`: they hold personal data and must not linger. */
export async function deleteDraftsOlderThan(db: Kysely<DB>, before: string) {
  const result = await db.deleteFrom('contact_drafts').where('updated_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
