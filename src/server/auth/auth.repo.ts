/** Queries for sign-in and sessions: credentials, lockout counters, session rows. */
import type { Kysely } from 'kysely';
import type { DB, SessionsTable } from '../db/tables';

export async function findLogin(db: Kysely<DB>, username: string) {
  return db
    .selectFrom('login_names as l')
    .innerJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 'l.tenant_id').onRef('u.id', '=', 'l.user_id'),
    )
    .select([
      'u.tenant_id',
      'u.id',
      'u.password_hash',
      'u.is_active',
      'u.failed_logins',
      'u.locked_until',
      'u.full_name',
      'u.username',
      'u.email',
    ])
    .where('l.username', '=', username)
    .executeTakeFirst();
}

export async function findCredentials(db: Kysely<DB>, tenantId: string, userId: string) {
  return db
    .selectFrom('users')
    .select(['password_hash', 'full_name', 'username', 'email'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function recordFailure(
  db: Kysely<DB>,
  tenantId: string,
  userId: string,
  failedLogins: number,
  lockedUntil: string | null,
) {
  await db
    .updateTable('users')
    .set({ failed_logins: failedLogins, locked_until: lockedUntil })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

export async function recordSuccess(db: Kysely<DB>, tenantId: string, userId: string, at: string) {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null, last_login_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

export async function setPassword(
  db: Kysely<DB>,
  tenantId: string,
  userId: string,
  passwordHash: string,
  at: string,
) {
  await db
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      password_changed_at: at,
      must_change_password: 0,
      updated_at: at,
      version: eb('version', '+', 1),
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

export async function setLocale(
  db: Kysely<DB>,
  tenantId: string,
  userId: string,
  locale: string,
  at: string,
) {
  await db
    .updateTable('users')
    .set((eb) => ({ locale, updated_at: at, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(db: Kysely<DB>, session: SessionsTable) {
  await db.insertInto('sessions').values(session).execute();
}

/** The session with its user, only when both are alive at `now`. */
export async function findLiveSession(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  now: string,
  idleSince: string,
) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 's.tenant_id').onRef('u.id', '=', 's.user_id'),
    )
    .innerJoin('organisations as o', (join) =>
      join.onRef('o.tenant_id', '=', 'u.tenant_id').onRef('o.id', '=', 'u.organisation_id'),
    )
    .innerJoin('tenants as t', 't.id', 's.tenant_id')
    .select([
      's.id as session_id',
      's.last_seen_at',
      's.expires_at',
      'u.id as user_id',
      'u.username',
      'u.full_name',
      'u.locale',
      'u.must_change_password',
      'u.organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      't.id as tenant_id',
      't.name as tenant_name',
    ])
    .where('s.tenant_id', '=', tenantId)
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleSince)
    .where('u.is_active', '=', 1)
    .executeTakeFirst();
}

export async function rolesOf(db: Kysely<DB>, tenantId: string, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles')
    .select('role')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .orderBy('role')
    .execute();
  return rows.map((row) => row.role);
}

export async function touchSession(db: Kysely<DB>, tenantId: string, id: string, at: string) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Kysely<DB>, tenantId: string, id: string) {
  await db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** Every session of a user, optionally sparing one (the one changing the password). */
export async function deleteUserSessions(db: Kysely<DB>, tenantId: string, userId: string, except?: string) {
  let query = db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('user_id', '=', userId);
  if (except) query = query.where('id', '!=', except);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteDeadSessions(db: Kysely<DB>, tenantId: string, now: string, idleSince: string) {
  await db
    .deleteFrom('sessions')
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .execute();
}
