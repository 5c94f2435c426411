/** Queries on in-app notifications, one row per recipient. */
import type { Kysely } from 'kysely';
import type { DB, NotificationsTable } from '../../db/tables';

export async function insertNotifications(db: Kysely<DB>, rows: NotificationsTable[]) {
  if (rows.length > 0) await db.insertInto('notifications').values(rows).execute();
}

function withServiceName(db: Kysely<DB>, tenantId: string, userId: string) {
  return db
    .selectFrom('notifications as n')
    .innerJoin('referrals as r', (j) =>
      j.onRef('r.tenant_id', '=', 'n.tenant_id').onRef('r.id', '=', 'n.referral_id'),
    )
    .innerJoin('directory_services as s', (j) =>
      j.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.service_id'),
    )
    .selectAll('n')
    .select('s.name as service_name')
    .where('n.tenant_id', '=', tenantId)
    .where('n.user_id', '=', userId);
}

export async function notificationsOf(db: Kysely<DB>, tenantId: string, userId: string, limit = 100) {
  return withServiceName(db, tenantId, userId)
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
}

export type NotificationRow = Awaited<ReturnType<typeof notificationsOf>>[number];

export async function findNotification(db: Kysely<DB>, tenantId: string, userId: string, id: string) {
  return withServiceName(db, tenantId, userId).where('n.id', '=', id).executeTakeFirst();
}

export async function countUnread(db: Kysely<DB>, tenantId: string, userId: string) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function markRead(db: Kysely<DB>, tenantId: string, userId: string, id: string, at: string) {
  await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();
}
