/**
 * Staff users: created, edited, deactivated and given temporary passwords by
 * administrators. Staff names and e-mails are personal data, so every read is
 * audited too. There is always at least one active administrator.
 */
import type { Language, Role } from '../../../shared/roles';
import type {
  TemporaryPassword,
  UserInput,
  UserListQuery,
  UserUpdate,
  UserView,
} from '../../../shared/schemas/accounts';
import { recordAudit } from '../../audit/trail';
import { endSessionsOf } from '../../auth/auth.service';
import { hashPassword, temporaryPassword } from '../../auth/passwords';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction } from '../../context';
import { changedFields, uniqueAs, updatedOne } from '../../db/writes';
import { conflict, DomainError, forbidden, invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import { assertOrganisationsExist } from './organisations.service';
import * as repo from './users.repo';

function presentUser(row: repo.UserRow, roles: string[], now: Date): UserView {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    email: row.email,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    roles: roles as Role[],
    locale: row.locale as Language,
    isActive: row.is_active === 1,
    isLocked: row.locked_until !== null && Date.parse(row.locked_until) > now.getTime(),
    mustChangePassword: row.must_change_password === 1,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    version: row.version,
  };
}

async function loadUser(tx: Ctx, tenantId: string, id: string): Promise<UserView> {
  const row = await repo.findUser(tx.db, tenantId, id);
  if (!row) throw notFound();
  const roles = await repo.rolesByUser(tx.db, tenantId, [id]);
  return presentUser(row, roles.get(id) ?? [], tx.now());
}

/** Users of the tenant, filtered; the listing is an audited read. */
export async function listUsers(ctx: Ctx, query: UserListQuery): Promise<UserView[]> {
  const actor = requirePermission(ctx, 'user.read');
  return inTransaction(ctx, async (tx) => {
    const rows = await repo.listUsers(tx.db, actor.tenantId, query);
    const roles = await repo.rolesByUser(
      tx.db,
      actor.tenantId,
      rows.map((row) => row.id),
    );
    await recordAudit(tx, { action: 'user.listed', entityType: 'user', changedFields: [] });
    return rows.map((row) => presentUser(row, roles.get(row.id) ?? [], tx.now()));
  });
}

export async function getUser(ctx: Ctx, id: string): Promise<UserView> {
  const actor = requirePermission(ctx, 'user.read');
  return inTransaction(ctx, async (tx) => {
    const user = await loadUser(tx, actor.tenantId, id);
    await recordAudit(tx, { action: 'user.viewed', entityType: 'user', entityId: id });
    return user;
  });
}

/** Create a user with a temporary password, shown once, to be replaced at first sign-in. */
export async function createUser(ctx: Ctx, input: UserInput): Promise<TemporaryPassword> {
  const actor = requirePermission(ctx, 'user.manage');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return inTransaction(ctx, async (tx) => {
    const id = await insertUser(tx, actor.tenantId, input, passwordHash, true);
    return { user: await loadUser(tx, actor.tenantId, id), temporaryPassword: password };
  });
}

/**
 * Insert a user without the permission check, for first-run setup and the
 * demo (there is no administrator yet). Runs in the caller's transaction.
 */
export async function insertUser(
  tx: Ctx,
  tenantId: string,
  input: UserInput,
  passwordHash: string,
  mustChangePassword: boolean,
): Promise<string> {
  await assertOrganisationsExist(tx, tenantId, [input.organisationId], 'organisationId');
  if (await repo.isUsernameTaken(tx.db, input.username))
    throw invalidField('username', 'validation.usernameTaken');
  const at = tx.now().toISOString();
  const id = newId();
  // Two admins creating the same name at once: the unique key decides.
  await uniqueAs(tx, 'username', 'validation.usernameTaken', () =>
    repo.insertUser(
      tx.db,
      {
        tenant_id: tenantId,
        id,
        organisation_id: input.organisationId,
        username: input.username,
        full_name: input.fullName,
        email: input.email ?? null,
        locale: input.locale,
        password_hash: passwordHash,
        must_change_password: mustChangePassword ? 1 : 0,
        is_active: 1,
        failed_logins: 0,
        locked_until: null,
        last_login_at: null,
        password_changed_at: at,
        version: 1,
        created_at: at,
        updated_at: at,
      },
      [...new Set(input.roles)],
    ),
  );
  await recordAudit(tx, {
    tenantId,
    action: 'user.created',
    entityType: 'user',
    entityId: id,
    changedFields: ['username', 'full_name', 'email', 'organisation_id', 'roles', 'locale'],
  });
  return id;
}

/** Edit profile, organisation and roles; refuses to remove the last administrator. */
export async function updateUser(ctx: Ctx, id: string, input: UserUpdate): Promise<UserView> {
  const actor = requirePermission(ctx, 'user.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadUser(tx, actor.tenantId, id);
    if (before.organisationId !== input.organisationId) {
      await assertOrganisationsExist(tx, actor.tenantId, [input.organisationId], 'organisationId');
    }
    const roles = [...new Set(input.roles)].sort();
    if (before.roles.includes('admin') && !roles.includes('admin'))
      await assertAnotherAdmin(tx, actor.tenantId, id);
    const patch = {
      full_name: input.fullName,
      email: input.email ?? null,
      organisation_id: input.organisationId,
      locale: input.locale,
    };
    const fields = changedFields(
      {
        full_name: before.fullName,
        email: before.email,
        organisation_id: before.organisationId,
        locale: before.locale,
      },
      patch,
    );
    if (JSON.stringify(roles) !== JSON.stringify([...before.roles].sort())) fields.push('roles');
    const result = await repo.updateUser(tx.db, actor.tenantId, id, input.version, {
      ...patch,
      updated_at: tx.now().toISOString(),
    });
    if (!updatedOne(result)) throw conflict();
    await repo.replaceRoles(tx.db, actor.tenantId, id, roles);
    await recordAudit(tx, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      changedFields: fields,
    });
    return loadUser(tx, actor.tenantId, id);
  });
}

/** Deactivate: the user's sessions end at once and sign-in is refused; history stays. */
export async function deactivateUser(ctx: Ctx, id: string): Promise<UserView> {
  const actor = requirePermission(ctx, 'user.manage');
  if (id === actor.userId) throw forbidden('errors.selfDeactivate', 'self_deactivate');
  return inTransaction(ctx, async (tx) => {
    const before = await loadUser(tx, actor.tenantId, id);
    if (before.roles.includes('admin') && before.isActive) await assertAnotherAdmin(tx, actor.tenantId, id);
    await repo.updateUser(tx.db, actor.tenantId, id, before.version, {
      is_active: 0,
      updated_at: tx.now().toISOString(),
    });
    const ended = await endSessionsOf(tx, actor.tenantId, id);
    await recordAudit(tx, {
      action: 'user.deactivated',
      entityType: 'user',
      entityId: id,
      changedFields: ['is_active'],
    });
    if (ended > 0) await recordAudit(tx, { action: 'user.sessions_ended', entityType: 'user', entityId: id });
    return loadUser(tx, actor.tenantId, id);
  });
}

export async function reactivateUser(ctx: Ctx, id: string): Promise<UserView> {
  const actor = requirePermission(ctx, 'user.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadUser(tx, actor.tenantId, id);
    await repo.updateUser(tx.db, actor.tenantId, id, before.version, {
      is_active: 1,
      failed_logins: 0,
      locked_until: null,
      updated_at: tx.now().toISOString(),
    });
    await recordAudit(tx, {
      action: 'user.reactivated',
      entityType: 'user',
      entityId: id,
      changedFields: ['is_active'],
    });
    return loadUser(tx, actor.tenantId, id);
  });
}

/** A new temporary password: clears any lockout, ends the user's sessions, must be changed at sign-in. */
export async function resetPassword(ctx: Ctx, id: string): Promise<TemporaryPassword> {
  const actor = requirePermission(ctx, 'user.manage');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return inTransaction(ctx, async (tx) => {
    await loadUser(tx, actor.tenantId, id);
    await replacePassword(tx, actor.tenantId, id, passwordHash, true);
    return { user: await loadUser(tx, actor.tenantId, id), temporaryPassword: password };
  });
}

async function assertAnotherAdmin(tx: Ctx, tenantId: string, userId: string) {
  if ((await repo.countOtherActiveAdmins(tx.db, tenantId, userId)) === 0) {
    throw new DomainError('conflict', 'errors.lastAdmin', {}, [], 'last_admin');
  }
}

/** Tenant and id of a user by sign-in name, for the demo and the command line. */
export async function findLogin(tx: Ctx, username: string): Promise<{ tenantId: string; id: string } | null> {
  return repo.findUserIdByUsername(tx.db, username);
}

/**
 * Set a password from the machine's console (demo reseed, `sportello users
 * reset-password`): no permission check, since whoever runs the command line
 * already holds the database. Audited with no actor.
 */
export const setPasswordFromConsole = replacePassword;

async function replacePassword(
  tx: Ctx,
  tenantId: string,
  userId: string,
  passwordHash: string,
  mustChangePassword: boolean,
): Promise<void> {
  const at = tx.now().toISOString();
  await repo.setPasswordHash(tx.db, tenantId, userId, {
    password_hash: passwordHash,
    password_changed_at: at,
    must_change_password: mustChangePassword ? 1 : 0,
    failed_logins: 0,
    locked_until: null,
    updated_at: at,
  });
  await endSessionsOf(tx, tenantId, userId);
  await recordAudit(tx, {
    tenantId,
    action: 'user.password_reset',
    entityType: 'user',
    entityId: userId,
    changedFields: ['password', 'locked_until'],
  });
}
