/**
 * First run. While the database holds no tenant, the server prints a one-time
 * link (random token, valid one hour, usable once) where the first
 * administrator creates the tenant, its organisations and their own account.
 * `sportello setup` does the same from the command line.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SetupInput, SetupStatus } from '../../../shared/schemas/accounts';
import { recordAudit } from '../../audit/trail';
import { hashPassword, passwordProblems } from '../../auth/passwords';
import { type Ctx, inTransaction } from '../../context';
import { uniqueAs } from '../../db/writes';
import { DomainError, invalidField, invalidFields } from '../../errors';
import { newId } from '../../ids';
import { ensureDefaultTerms } from '../vocabularies/vocabularies.service';
import { insertOrganisation } from './organisations.service';
import * as repo from './tenants.repo';
import { insertUser } from './users.service';

export const SETUP_TOKEN_MINUTES = 60;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function isSetupRequired(ctx: Ctx): Promise<boolean> {
  return (await repo.countTenants(ctx.db)) === 0;
}

/** A fresh setup token, replacing any unused one; null when setup is already done. */
export async function issueSetupToken(ctx: Ctx): Promise<string | null> {
  if (!(await isSetupRequired(ctx))) return null;
  const token = randomBytes(32).toString('base64url');
  const now = ctx.now();
  await inTransaction(ctx, async (tx) => {
    await repo.deleteUnusedSetupTokens(tx.db);
    await repo.insertSetupToken(
      tx.db,
      hashToken(token),
      now.toISOString(),
      new Date(now.getTime() + SETUP_TOKEN_MINUTES * 60_000).toISOString(),
    );
  });
  return token;
}

export async function setupStatus(ctx: Ctx, token: string | undefined): Promise<SetupStatus> {
  const setupRequired = await isSetupRequired(ctx);
  if (!setupRequired || !token) return { setupRequired, tokenValid: false };
  const row = await repo.findSetupToken(ctx.db, hashToken(token));
  return { setupRequired, tokenValid: isUsable(row, ctx.now()) };
}

function isUsable(row: { used_at: string | null; expires_at: string } | undefined, now: Date): boolean {
  return row !== undefined && row.used_at === null && Date.parse(row.expires_at) > now.getTime();
}

export type TenantSetup = Omit<SetupInput, 'token'>;

/** Complete setup through the web link: the token is checked and spent in the same transaction. */
export async function completeSetup(
  ctx: Ctx,
  input: SetupInput,
): Promise<{ tenantId: string; userId: string }> {
  const { token, ...setup } = input;
  const passwordHash = await checkedPasswordHash(setup);
  return inTransaction(ctx, async (tx) => {
    const row = await repo.lockSetupToken(tx.db, tx.dialect, hashToken(token));
    if (!isUsable(row, tx.now())) throw new DomainError('gone', 'errors.setupToken', {}, [], 'setup_token');
    if (!(await isSetupRequired(tx)))
      throw new DomainError('conflict', 'errors.setupDone', {}, [], 'setup_done');
    await repo.markSetupTokenUsed(tx.db, hashToken(token), tx.now().toISOString());
    return createTenant(tx, setup, passwordHash);
  });
}

/** Complete setup from the command line (whoever runs it already holds the machine). */
export async function setupFromCli(
  ctx: Ctx,
  setup: TenantSetup,
): Promise<{ tenantId: string; userId: string }> {
  const passwordHash = await checkedPasswordHash(setup);
  return inTransaction(ctx, async (tx) => {
    if (!(await isSetupRequired(tx)))
      throw new DomainError('conflict', 'errors.setupDone', {}, [], 'setup_done');
    return createTenant(tx, setup, passwordHash);
  });
}

/** Add a further tenant (a regional deployment serves several ambiti) from the command line. */
export async function addTenantFromCli(
  ctx: Ctx,
  setup: TenantSetup,
): Promise<{ tenantId: string; userId: string }> {
  const passwordHash = await checkedPasswordHash(setup);
  return inTransaction(ctx, (tx) => createTenant(tx, setup, passwordHash));
}

async function checkedPasswordHash(setup: TenantSetup): Promise<string> {
  if (setup.admin.organisationIndex >= setup.organisations.length) {
    throw invalidField('admin.organisationIndex', 'validation.organisationIndex');
  }
  const problems = await passwordProblems(
    setup.admin.password,
    [setup.admin.fullName, setup.admin.username, setup.admin.email ?? ''],
    'admin.password',
  );
  if (problems.length > 0) throw invalidFields(problems);
  return hashPassword(setup.admin.password);
}

/** Tenant, organisations and the first administrator, in the caller's transaction. */
async function createTenant(tx: Ctx, setup: TenantSetup, passwordHash: string) {
  const tenantId = newId();
  await uniqueAs(tx, 'tenant.code', 'validation.tenantCodeTaken', () =>
    repo.insertTenant(tx.db, {
      id: tenantId,
      name: setup.tenant.name,
      code: setup.tenant.code,
      created_at: tx.now().toISOString(),
    }),
  );
  await recordAudit(tx, {
    tenantId,
    action: 'tenant.created',
    entityType: 'tenant',
    entityId: tenantId,
    changedFields: ['name', 'code'],
  });
  await ensureDefaultTerms(tx, tenantId);
  const organisations = [];
  for (const organisation of setup.organisations) {
    organisations.push(
      await insertOrganisation(tx, tenantId, { ...organisation, taxCode: null, email: null, phone: null }),
    );
  }
  const adminOrganisation = organisations[setup.admin.organisationIndex];
  if (!adminOrganisation) throw invalidField('admin.organisationIndex', 'validation.organisationIndex');
  const userId = await insertUser(
    tx,
    tenantId,
    {
      username: setup.admin.username,
      fullName: setup.admin.fullName,
      email: setup.admin.email ?? null,
      organisationId: adminOrganisation.id,
      roles: ['admin'],
      locale: setup.admin.locale,
    },
    passwordHash,
    false,
  );
  await recordAudit(tx, {
    tenantId,
    actorId: userId,
    action: 'setup.completed',
    entityType: 'tenant',
    entityId: tenantId,
  });
  return { tenantId, userId };
}
