/**
 * Sign-in, sessions and the user's own password. A session is a random token
 * in an HttpOnly cookie; the database keeps only its SHA-256, with idle and
 * absolute expiry. Never logs or audits a password, and never says whether an
 * account exists.
 */
import { createHash, randomBytes } from 'node:crypto';
import { can, PERMISSIONS } from '../../shared/permissions';
import type { Language, Role } from '../../shared/roles';
import type { ChangePassword, Login, Preferences, SessionUser } from '../../shared/schemas/accounts';
import { recordAudit } from '../audit/trail';
import { type Actor, type Ctx, inTransaction } from '../context';
import { DomainError, invalidFields } from '../errors';
import * as repo from './auth.repo';
import { hashPassword, passwordProblems, verifyAgainstNothing, verifyPassword } from './passwords';
import { requireActor } from './policies';

export interface SignedIn {
  cookieValue: string;
  actor: Actor;
}

export interface ResolvedSession {
  actor: Actor;
  user: SessionUser;
}

const minutesFrom = (date: Date, minutes: number) =>
  new Date(date.getTime() + minutes * 60_000).toISOString();

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Split `<tenant>.<token>` from the cookie; null when malformed. */
function parseCookie(value: string | undefined): { tenantId: string; id: string } | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot < 1 || dot === value.length - 1) return null;
  return { tenantId: value.slice(0, dot), id: hashToken(value.slice(dot + 1)) };
}

/**
 * Check the credentials and open a new session. Any session the browser came
 * with is ended first, so a planted session id is never promoted (fixation).
 * Failures count towards a lockout that outlives the process.
 */
export async function signIn(ctx: Ctx, input: Login, previousCookie?: string): Promise<SignedIn> {
  const login = await repo.findLogin(ctx.db, input.username);
  if (!login) {
    await verifyAgainstNothing(input.password);
    throw new DomainError('unauthenticated', 'errors.invalidCredentials', {}, [], 'invalid_credentials');
  }
  const now = ctx.now();
  const base = {
    tenantId: login.tenant_id,
    actorId: login.id,
    entityType: 'user' as const,
    entityId: login.id,
  };
  const lockedFor = login.locked_until ? Date.parse(login.locked_until) - now.getTime() : 0;
  if (lockedFor > 0) {
    await inTransaction(ctx, (tx) => recordAudit(tx, { ...base, action: 'auth.sign_in_locked' }));
    throw accountLocked(lockedFor);
  }
  const valid = await verifyPassword(login.password_hash, input.password);
  if (!valid || login.is_active !== 1) {
    const failures = login.failed_logins + (valid ? 0 : 1);
    const locks = failures >= ctx.config.loginMaxFailures;
    await inTransaction(ctx, async (tx) => {
      await repo.recordFailure(
        tx.db,
        login.tenant_id,
        login.id,
        locks ? 0 : failures,
        locks ? minutesFrom(now, ctx.config.loginLockMinutes) : null,
      );
      await recordAudit(tx, {
        ...base,
        action: login.is_active ? 'auth.sign_in_failed' : 'auth.sign_in_inactive',
      });
      if (locks) await recordAudit(tx, { ...base, action: 'user.locked', changedFields: ['locked_until'] });
    });
    if (locks) throw accountLocked(ctx.config.loginLockMinutes * 60_000);
    throw new DomainError('unauthenticated', 'errors.invalidCredentials', {}, [], 'invalid_credentials');
  }
  const token = randomBytes(32).toString('base64url');
  const sessionId = hashToken(token);
  await inTransaction(ctx, async (tx) => {
    const previous = parseCookie(previousCookie);
    if (previous) await repo.deleteSession(tx.db, previous.tenantId, previous.id);
    await repo.deleteDeadSessions(
      tx.db,
      login.tenant_id,
      now.toISOString(),
      minutesFrom(now, -ctx.config.sessionIdleMinutes),
    );
    await repo.insertSession(tx.db, {
      tenant_id: login.tenant_id,
      id: sessionId,
      user_id: login.id,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: minutesFrom(now, ctx.config.sessionAbsoluteMinutes),
    });
    await repo.recordSuccess(tx.db, login.tenant_id, login.id, now.toISOString());
    await recordAudit(tx, { ...base, action: 'auth.signed_in' });
  });
  const resolved = await resolveSession(ctx, `${login.tenant_id}.${token}`);
  if (!resolved) throw new Error('session vanished right after sign-in');
  return { cookieValue: `${login.tenant_id}.${token}`, actor: resolved.actor };
}

function accountLocked(remainingMs: number) {
  const minutes = Math.max(1, Math.ceil(remainingMs / 60_000));
  return new DomainError('locked', 'errors.accountLocked', { minutes }, [], 'account_locked');
}

const TOUCH_EVERY_MS = 60_000;

/**
 * Whether the actor's session is still alive (not signed out, expired,
 * revoked or deactivated), without refreshing its idle timer: long-lived
 * streams ask this before each push, so they end with the session.
 */
export async function isSessionLive(ctx: Ctx, actor: Actor): Promise<boolean> {
  if (!actor.sessionId) return false;
  const now = ctx.now();
  const row = await repo.findLiveSession(
    ctx.db,
    actor.tenantId,
    actor.sessionId,
    now.toISOString(),
    minutesFrom(now, -ctx.config.sessionIdleMinutes),
  );
  return row !== undefined;
}

/** The live session behind a cookie, or null; refreshes the idle timer at most once a minute. */
export async function resolveSession(
  ctx: Ctx,
  cookieValue: string | undefined,
): Promise<ResolvedSession | null> {
  const parsed = parseCookie(cookieValue);
  if (!parsed) return null;
  const now = ctx.now();
  const row = await repo.findLiveSession(
    ctx.db,
    parsed.tenantId,
    parsed.id,
    now.toISOString(),
    minutesFrom(now, -ctx.config.sessionIdleMinutes),
  );
  if (!row) return null;
  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await repo.touchSession(ctx.db, parsed.tenantId, parsed.id, now.toISOString());
  }
  const roles = (await repo.rolesOf(ctx.db, row.tenant_id, row.user_id)) as Role[];
  return {
    actor: {
      tenantId: row.tenant_id,
      userId: row.user_id,
      organisationId: row.organisation_id,
      roles,
      sessionId: row.session_id,
    },
    user: {
      id: row.user_id,
      username: row.username,
      fullName: row.full_name,
      roles,
      locale: row.locale as Language,
      mustChangePassword: row.must_change_password === 1,
      organisation: {
        id: row.organisation_id,
        name: row.organisation_name,
        kind: row.organisation_kind as never,
      },
      tenant: { id: row.tenant_id, name: row.tenant_name },
    },
  };
}

export function permissionsOf(roles: readonly Role[]) {
  return PERMISSIONS.filter((permission) => can(roles, permission));
}

/** End the current session. */
export async function signOut(ctx: Ctx): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx, async (tx) => {
    if (actor.sessionId) await repo.deleteSession(tx.db, actor.tenantId, actor.sessionId);
    await recordAudit(tx, { action: 'auth.signed_out', entityType: 'user', entityId: actor.userId });
  });
}

/** End every session of the acting user, on every device. */
export async function signOutEverywhere(ctx: Ctx): Promise<{ ended: number }> {
  const actor = requireActor(ctx);
  return inTransaction(ctx, async (tx) => {
    const ended = await repo.deleteUserSessions(tx.db, actor.tenantId, actor.userId);
    await recordAudit(tx, {
      action: 'auth.signed_out_everywhere',
      entityType: 'user',
      entityId: actor.userId,
    });
    return { ended };
  });
}

/** Change the acting user's password; other sessions end, this one stays. */
export async function changeOwnPassword(ctx: Ctx, input: ChangePassword): Promise<void> {
  const actor = requireActor(ctx);
  const user = await repo.findCredentials(ctx.db, actor.tenantId, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw invalidFields([{ field: 'currentPassword', message: 'validation.currentPasswordWrong' }]);
  }
  const problems = await passwordProblems(input.newPassword, [
    user.full_name,
    user.username,
    user.email ?? '',
  ]);
  if (problems.length > 0) throw invalidFields(problems);
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await repo.setPassword(tx.db, actor.tenantId, actor.userId, passwordHash, tx.now().toISOString());
    await repo.deleteUserSessions(tx.db, actor.tenantId, actor.userId, actor.sessionId ?? undefined);
    await recordAudit(tx, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: actor.userId,
      changedFields: ['password'],
    });
  });
}

/** Save the acting user's preferences (interface language). */
export async function savePreferences(ctx: Ctx, input: Preferences): Promise<void> {
  const actor = requireActor(ctx);
  await inTransaction(ctx, async (tx) => {
    await repo.setLocale(tx.db, actor.tenantId, actor.userId, input.locale, tx.now().toISOString());
    await recordAudit(tx, {
      action: 'user.updated',
      entityType: 'user',
      entityId: actor.userId,
      changedFields: ['locale'],
    });
  });
}

/** End every session of another user (deactivation, password reset). Runs in the caller's transaction. */
export async function endSessionsOf(tx: Ctx, tenantId: string, userId: string): Promise<number> {
  return repo.deleteUserSessions(tx.db, tenantId, userId);
}
