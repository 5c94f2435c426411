/** Queries on messages to case workers. */
import type { Kysely } from 'kysely';
import type { DB, MessagesTable } from '../../db/tables';

function messagesWithNames(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('messages as m')
    .innerJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.sender_id'),
    )
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.id', '=', 'u.organisation_id'),
    )
    .leftJoin('people as p', (join) =>
      join.onRef('p.tenant_id', '=', 'm.tenant_id').onRef('p.id', '=', 'm.person_id'),
    )
    .selectAll('m')
    .select(['u.full_name as sender_name', 'o.name as sender_organisation', 'p.given_name', 'p.family_name'])
    .where('m.tenant_id', '=', tenantId);
}

export type MessageRow = Awaited<ReturnType<typeof findMessage>> & {};

export async function findMessage(db: Kysely<DB>, tenantId: string, recipientId: string, id: string) {
  return messagesWithNames(db, tenantId)
    .where('m.recipient_id', '=', recipientId)
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export async function listMessages(db: Kysely<DB>, tenantId: string, recipientId: string, limit: number) {
  return messagesWithNames(db, tenantId)
    .where('m.recipient_id', '=', recipientId)
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(db: Kysely<DB>, tenantId: string, recipientId: string): Promise<number> {
  const row = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('recipient_id', '=', recipientId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertMessage(db: Kysely<DB>, row: MessagesTable) {
  await db.insertInto('messages').values(row).execute();
}

export async function markRead(db: Kysely<DB>, tenantId: string, id: string, at: string) {
  await db
    .updateTable('messages')
    .set({ read_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();
}
