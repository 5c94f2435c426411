/** Queries on staff users, their roles and their sign-in names. */
import type { Kysely } from 'kysely';
import type { DB, UsersTable } from '../../db/tables';

const USER_COLUMNS = [
  'u.tenant_id',
  'u.id',
  'u.organisation_id',
  'u.username',
  'u.full_name',
  'u.email',
  'u.locale',
  'u.must_change_password',
  'u.is_active',
  'u.locked_until',
  'u.last_login_at',
  'u.version',
  'u.created_at',
  'u.updated_at',
  'o.name as organisation_name',
] as const;

function usersWithOrganisation(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.id', '=', 'u.organisation_id'),
    )
    .select(USER_COLUMNS)
    .where('u.tenant_id', '=', tenantId);
}

export type UserRow = Awaited<ReturnType<typeof findUser>> & {};

export async function findUser(db: Kysely<DB>, tenantId: string, id: string) {
  return usersWithOrganisation(db, tenantId).where('u.id', '=', id).executeTakeFirst();
}

export interface UserFilter {
  q?: string | undefined;
  organisationId?: string | undefined;
  includeInactive: boolean;
}

export async function listUsers(db: Kysely<DB>, tenantId: string, filter: UserFilter) {
  let query = usersWithOrganisation(db, tenantId);
  if (!filter.includeInactive) query = query.where('u.is_active', '=', 1);
  if (filter.organisationId) query = query.where('u.organisation_id', '=', filter.organisationId);
  if (filter.q) {
    // Wildcards typed by the user are dropped rather than escaped: LIKE escapes differ between engines.
    const like = `%${filter.q.toLowerCase().replace(/[\\%_]/g, '')}%`;
    query = query.where((eb) =>
      eb.or([eb(eb.fn('lower', ['u.full_name']), 'like', eb.val(like)), eb('u.username', 'like', like)]),
    );
  }
  return query.orderBy('u.full_name').orderBy('u.id').limit(1000).execute();
}

export async function rolesByUser(db: Kysely<DB>, tenantId: string, userIds: readonly string[]) {
  const map = new Map<string, string[]>();
  if (userIds.length === 0) return map;
  const rows = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', 'in', userIds)
    .orderBy('role')
    .execute();
  for (const row of rows) map.set(row.user_id, [...(map.get(row.user_id) ?? []), row.role]);
  return map;
}

export async function isUsernameTaken(db: Kysely<DB>, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('login_names')
    .select('username')
    .where('username', '=', username)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(db: Kysely<DB>, row: UsersTable, roles: readonly string[]) {
  await db.insertInto('users').values(row).execute();
  await db
    .insertInto('login_names')
    .values({ username: row.username, tenant_id: row.tenant_id, user_id: row.id })
    .execute();
  await replaceRoles(db, row.tenant_id, row.id, roles);
}

export async function replaceRoles(
  db: Kysely<DB>,
  tenantId: string,
  userId: string,
  roles: readonly string[],
) {
  await db.deleteFrom('user_roles').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
  if (roles.length === 0) return;
  await db
    .insertInto('user_roles')
    .values(roles.map((role) => ({ tenant_id: tenantId, user_id: userId, role })))
    .execute();
}

export async function updateUser(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<UsersTable, 'tenant_id' | 'id' | 'version' | 'username'>>,
) {
  return db
    .updateTable('users')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Active administrators other than `exceptUserId`: the last one may not be removed. */
export async function countOtherActiveAdmins(db: Kysely<DB>, tenantId: string, exceptUserId: string) {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', (join) =>
      join.onRef('r.tenant_id', '=', 'u.tenant_id').onRef('r.user_id', '=', 'u.id'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('u.tenant_id', '=', tenantId)
    .where('u.is_active', '=', 1)
    .where('r.role', '=', 'admin')
    .where('u.id', '!=', exceptUserId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserIdByUsername(db: Kysely<DB>, username: string) {
  const row = await db
    .selectFrom('login_names')
    .select(['tenant_id', 'user_id'])
    .where('username', '=', username)
    .executeTakeFirst();
  return row ? { tenantId: row.tenant_id, id: row.user_id } : null;
}

/** Unconditional credential update (no version check): used by the console, never by the web. */
export async function setPasswordHash(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  patch: Pick<
    UsersTable,
    | 'password_hash'
    | 'password_changed_at'
    | 'must_change_password'
    | 'failed_logins'
    | 'locked_until'
    | 'updated_at'
  >,
) {
  await db
    .updateTable('users')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}
