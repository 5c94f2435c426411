/**
 * Demonstration data: the CISA 31 area with its organisations, municipalities,
 * the Carmagnola desk with a kiosk and a waiting-room display, one user per
 * role, and six months of desk work. Running it again keeps the data and
 * gives the demo users fresh passwords and the devices fresh pairing links,
 * so the console always shows working credentials. Later capabilities add
 * their own demo data here.
 */
import type { Role } from '../../shared/roles';
import { PilotInput } from '../../shared/schemas/indicators';
import { recordAudit } from '../audit/trail';
import { hashPassword, temporaryPassword } from '../auth/passwords';
import { type Actor, type Ctx, inTransaction, localNow } from '../context';
import { newId } from '../ids';
import { insertMunicipality } from '../modules/accounts/municipalities.service';
import { insertOrganisation } from '../modules/accounts/organisations.service';
import * as tenants from '../modules/accounts/tenants.repo';
import { findLogin, insertUser, setPasswordFromConsole } from '../modules/accounts/users.service';
import { insertDesk } from '../modules/desks/desks.service';
import { createDevice, listDevices, newPairingLink } from '../modules/devices/devices.service';
import { createPilot, writeNotes } from '../modules/indicators/pilots.service';
import { refreshDirtyRollups } from '../modules/indicators/rollups.service';
import { ensureDefaultTerms } from '../modules/vocabularies/vocabularies.service';
import { seedCampaign } from './campaign';
import { contactStory } from './contact-history';
import { seedDirectory } from './directory';
import { seedFeedback } from './feedback';
import { MUNICIPALITIES } from './frequencies';
import { seedQueueHistory } from './queue-history';

export const DEMO_TENANT = { code: 'cisa31-demo', name: 'CISA 31' };

type OrgKey = 'comune' | 'consorzio' | 'asl';
const ORGANISATIONS: Record<OrgKey, { name: string; kind: OrgKey }> = {
  comune: { name: 'Comune di Carmagnola', kind: 'comune' },
  consorzio: { name: 'Consorzio CISA 31', kind: 'consorzio' },
  asl: { name: 'ASL TO5', kind: 'asl' },
};

export const DEMO_USERS: { username: string; fullName: string; organisation: OrgKey; roles: Role[] }[] = [
  { username: 'admin', fullName: 'Amministratore Demo', organisation: 'comune', roles: ['admin'] },
  {
    username: 'operatore.comune',
    fullName: 'Giulia Operatrice Comune',
    organisation: 'comune',
    roles: ['desk_operator'],
  },
  {
    username: 'operatore.cisa',
    fullName: 'Marco Operatore CISA',
    organisation: 'consorzio',
    roles: ['desk_operator'],
  },
  {
    username: 'servizio.asl',
    fullName: 'Paola Servizio ASL',
    organisation: 'asl',
    roles: ['service_worker'],
  },
  {
    username: 'coordinatore',
    fullName: 'Luca Coordinatore',
    organisation: 'consorzio',
    roles: ['coordinator'],
  },
  {
    username: 'privacy',
    fullName: 'Anna Referente Privacy',
    organisation: 'consorzio',
    roles: ['privacy_officer'],
  },
];

export interface DemoCredentials {
  created: boolean;
  users: { username: string; roles: Role[]; password: string }[];
  devices: { name: string; kind: 'kiosk' | 'display'; pairingUrl: string; deskId: string }[];
}

const DEMO_DEVICES = [
  { name: 'Chiosco all’ingresso', kind: 'kiosk', printer: '80mm' },
  { name: 'Schermo della sala d’attesa', kind: 'display', printer: 'none' },
] as const;

export async function seedDemo(ctx: Ctx): Promise<DemoCredentials> {
  const passwords = DEMO_USERS.map(() => temporaryPassword());
  const hashes = await Promise.all(passwords.map(hashPassword));
  const credentials = await inTransaction(ctx, async (tx) => {
    const existing = await tenants.findTenantByCode(tx.db, DEMO_TENANT.code);
    const users = DEMO_USERS.map((user, i) => ({
      username: user.username,
      roles: user.roles,
      password: passwords[i]!,
    }));
    if (!existing) {
      const devices = await createDemoTenant(tx, hashes);
      return { created: true, users, devices };
    }
    // Already there: only the demo users of the demo tenant get fresh passwords (and only those are printed).
    const reset = [];
    for (const [i, user] of users.entries()) {
      const login = await findLogin(tx, user.username);
      if (login?.tenantId !== existing.id) continue;
      await setPasswordFromConsole(tx, existing.id, login.id, hashes[i]!, false);
      reset.push(user);
    }
    return { created: false, users: reset, devices: await freshPairingLinks(tx, existing.id) };
  });
  // The six months just replayed marked their days: build the indicator rollups now, not at the first read.
  await refreshDirtyRollups(ctx, null);
  return credentials;
}

/** The six-month pilot the demo replays, with the evaluation's targets and the Consorzio's first notes. */
async function seedPilot(coordinator: Ctx, deskId: string) {
  const pilot = await createPilot(
    coordinator,
    PilotInput.parse({
      deskId,
      name: 'Sperimentazione dello Sportello Sociale di Carmagnola',
      startDate: localNow(coordinator).minus({ months: 6 }).toISODate(),
      targets: {
        wait_median: 15,
        wait_above_target_share: 0.1,
        copresence_coverage: 0.9,
        joint_assessment_rate: 0.25,
        resolved_at_desk_share: 0.6,
        referral_accepted_share: 0.8,
        bounces_per_100_referrals: 10,
        satisfaction_mean: 4,
        satisfaction_response_rate: 0.2,
      },
    }),
  );
  await writeNotes(coordinator, pilot.id, {
    body:
      'Prime osservazioni del Consorzio: la co-presenza regge nelle mattine di lunedì, ' +
      'meno il mercoledì. Da verificare i tempi di risposta degli invii all’area anziani.',
  });
}

/** New pairing links for the demo tenant's devices, acting as its administrator. */
async function freshPairingLinks(tx: Ctx, tenantId: string): Promise<DemoCredentials['devices']> {
  const admin = await findLogin(tx, 'admin');
  if (admin?.tenantId !== tenantId) return [];
  const actor: Actor = { tenantId, userId: admin.id, organisationId: '', roles: ['admin'], sessionId: null };
  const links = [];
  for (const device of await listDevices({ ...tx, actor })) {
    const pairing = await newPairingLink({ ...tx, actor }, device.id);
    links.push({
      name: device.name,
      kind: device.kind,
      pairingUrl: pairing.pairingUrl,
      deskId: device.deskId,
    });
  }
  return links;
}

async function createDemoTenant(tx: Ctx, hashes: string[]): Promise<DemoCredentials['devices']> {
  const tenantId = newId();
  await tenants.insertTenant(tx.db, { id: tenantId, ...DEMO_TENANT, created_at: tx.now().toISOString() });
  await recordAudit(tx, {
    tenantId,
    action: 'tenant.created',
    entityType: 'tenant',
    entityId: tenantId,
    changedFields: ['name', 'code'],
  });
  await ensureDefaultTerms(tx, tenantId);
  const orgIds = {} as Record<OrgKey, string>;
  for (const [key, organisation] of Object.entries(ORGANISATIONS) as [
    OrgKey,
    (typeof ORGANISATIONS)[OrgKey],
  ][]) {
    const created = await insertOrganisation(tx, tenantId, {
      ...organisation,
      taxCode: null,
      email: null,
      phone: null,
    });
    orgIds[key] = created.id;
  }
  await seedDirectory(tx, tenantId, orgIds);
  let carmagnola = '';
  const municipalities: { id: string; population: number }[] = [];
  for (const municipality of MUNICIPALITIES) {
    const created = await insertMunicipality(tx, tenantId, {
      ...municipality,
      province: 'TO',
      populationYear: 2024,
    });
    municipalities.push({ id: created.id, population: municipality.population });
    if (municipality.name === 'Carmagnola') carmagnola = created.id;
  }
  const desk = await insertDesk(tx, tenantId, {
    name: 'Sportello Sociale di Carmagnola',
    address: 'Settore Giovani, Famiglie e Sport, Piazza Manzoni 10, 10022 Carmagnola (TO)',
    municipalityId: carmagnola,
    timezone: 'Europe/Rome',
    organisationIds: [orgIds.comune, orgIds.consorzio],
    counters: ['Postazione 1', 'Postazione 2'],
    patronDay: { date: '12-08', name: 'Immacolata Concezione, patrona di Carmagnola' },
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
  });
  const actors: Record<string, Actor> = {};
  for (const [i, user] of DEMO_USERS.entries()) {
    const userId = await insertUser(
      tx,
      tenantId,
      {
        username: user.username,
        fullName: user.fullName,
        email: null,
        organisationId: orgIds[user.organisation],
        roles: user.roles,
        locale: 'it',
      },
      hashes[i]!,
      false,
    );
    actors[user.username] = {
      tenantId,
      userId,
      organisationId: orgIds[user.organisation],
      roles: user.roles,
      sessionId: null,
    };
  }
  const admin = { ...tx, actor: actors.admin! };
  const devices = [];
  for (const device of DEMO_DEVICES) {
    const pairing = await createDevice(admin, { ...device, deskId: desk.id });
    devices.push({ name: device.name, kind: device.kind, pairingUrl: pairing.pairingUrl, deskId: desk.id });
  }
  const kiosk = (await listDevices(admin)).find((d) => d.kind === 'kiosk')!;
  const operators = [actors['operatore.comune']!, actors['operatore.cisa']!];
  const carers = [
    {
      organisationId: orgIds.consorzio,
      serviceName: 'Area anziani e non autosufficienza',
      caseWorkerName: 'Elena Bruno, assistente sociale',
      caseWorkerUserId: null,
    },
    {
      organisationId: orgIds.consorzio,
      serviceName: 'Area minori e famiglie',
      caseWorkerName: 'Davide Conti, assistente sociale',
      caseWorkerUserId: null,
    },
    {
      organisationId: orgIds.asl,
      serviceName: 'Centro di salute mentale',
      caseWorkerName: 'Paola Servizio ASL',
      caseWorkerUserId: actors['servizio.asl']!.userId,
    },
  ];
  await seedQueueHistory(
    tx,
    desk,
    operators,
    { tenantId, id: kiosk.id, deskId: desk.id, kind: 'kiosk', name: kiosk.name, printer: '80mm' },
    (storyTx, rand) =>
      contactStory(storyTx, rand, {
        desk,
        operators,
        coordinator: actors.coordinatore!,
        carers,
        municipalities,
      }),
  );
  await seedFeedback(tx, tenantId, desk.id);
  await seedPilot({ ...tx, actor: actors.coordinatore! }, desk.id);
  await seedCampaign({ ...tx, actor: actors.coordinatore! }, desk.id);
  return devices;
}
