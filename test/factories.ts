/** Factories: build the people and places a test needs through the real services. */

import { hashPassword } from '../src/server/auth/passwords';
import { type Actor, type Ctx, inTransaction } from '../src/server/context';
import { listOrganisations } from '../src/server/modules/accounts/organisations.service';
import { addTenantFromCli } from '../src/server/modules/accounts/setup.service';
import { createUser, setPasswordFromConsole } from '../src/server/modules/accounts/users.service';
import { createDesk } from '../src/server/modules/desks/desks.service';
import type { Role } from '../src/shared/roles';
import type { DeskInput } from '../src/shared/schemas/accounts';

export const ADMIN_PASSWORD = 'cavallo-blu-sul-tetto-42';
export const USER_PASSWORD = 'girasole-lento-di-marzo-7';

export interface TestTenant {
  tenantId: string;
  admin: Actor;
  organisations: { comune: string; consorzio: string; asl: string };
}

/** A tenant with three organisations and an administrator (username `admin`), as setup makes it. */
export async function makeTenant(ctx: Ctx, code = 'cisa31'): Promise<TestTenant> {
  const { tenantId, userId } = await addTenantFromCli(ctx, {
    tenant: { name: 'CISA 31', code },
    organisations: [
      { name: 'Comune di Carmagnola', kind: 'comune' },
      { name: 'Consorzio CISA 31', kind: 'consorzio' },
      { name: 'ASL TO5', kind: 'asl' },
    ],
    admin: {
      fullName: 'Ada Amministratrice',
      username: `admin@${code}`,
      email: null,
      password: ADMIN_PASSWORD,
      locale: 'it',
      organisationIndex: 0,
    },
  });
  const admin: Actor = { tenantId, userId, organisationId: '', roles: ['admin'], sessionId: null };
  const orgs = await listOrganisations({ ...ctx, actor: admin });
  const byKind = (kind: string) => orgs.find((o) => o.kind === kind)!.id;
  admin.organisationId = byKind('comune');
  return {
    tenantId,
    admin,
    organisations: { comune: byKind('comune'), consorzio: byKind('consorzio'), asl: byKind('asl') },
  };
}

let sequence = 0;

/** A user with a known password (USER_PASSWORD) that needs no change at sign-in. */
export async function makeUser(
  ctx: Ctx,
  tenant: TestTenant,
  options: { roles?: Role[]; organisationId?: string; username?: string; fullName?: string } = {},
) {
  sequence += 1;
  const username = options.username ?? `user${sequence}.${tenant.tenantId.slice(-6)}`;
  const { user } = await createUser(
    { ...ctx, actor: tenant.admin },
    {
      username,
      fullName: options.fullName ?? `Utente ${sequence}`,
      email: null,
      organisationId: options.organisationId ?? tenant.organisations.comune,
      roles: options.roles ?? ['desk_operator'],
      locale: 'it',
    },
  );
  const passwordHash = await hashPassword(USER_PASSWORD);
  await inTransaction(ctx, (tx) => setPasswordFromConsole(tx, tenant.tenantId, user.id, passwordHash, false));
  const actor: Actor = {
    tenantId: tenant.tenantId,
    userId: user.id,
    organisationId: user.organisationId,
    roles: user.roles,
    sessionId: null,
  };
  return { user, actor, username, password: USER_PASSWORD };
}

/** The Carmagnola desk of a test tenant: Comune and Consorzio, Monday and Wednesday 9–12 Europe/Rome. */
export async function makeDesk(ctx: Ctx, tenant: TestTenant, overrides: Partial<DeskInput> = {}) {
  return createDesk(
    { ...ctx, actor: tenant.admin },
    {
      name: `Sportello ${++sequence}`,
      address: 'Piazza Manzoni 10, Carmagnola',
      municipalityId: null,
      timezone: 'Europe/Rome',
      organisationIds: [tenant.organisations.comune, tenant.organisations.consorzio],
      counters: ['Postazione 1', 'Postazione 2'],
      patronDay: null,
      queue: {
        maxPriorityStreak: 2,
        standardMaxWaitMinutes: 30,
        noShowAfterRecalls: 2,
        closingGraceMinutes: 30,
      },
      hours: [
        { weekday: 1, opensAt: '09:00', closesAt: '12:00' },
        { weekday: 3, opensAt: '09:00', closesAt: '12:00' },
      ],
      ...overrides,
    },
  );
}
