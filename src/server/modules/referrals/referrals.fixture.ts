/**
 * The world referral tests share: a desk staffed by the Comune and the
 * Consorzio, its operator and coordinator, service workers of the Consorzio
 * (receiving) and of the ASL (another organisation), an administrator, three
 * services of the directory, and helpers to record a person's contact and
 * refer one of its requests. Test-only.
 */
import { makeDesk, makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import type { TestDatabase } from '../../../../test/helpers/engines';
import type { Role } from '../../../shared/roles';
import type { DeskView } from '../../../shared/schemas/accounts';
import { ServiceInput, type ServiceStatus } from '../../../shared/schemas/directory';
import type { ReferralInput } from '../../../shared/schemas/referrals';
import type { Actor } from '../../context';
import { inTransaction } from '../../context';
import { insertService } from '../directory/directory.service';

/** Monday 11 January 2027, 09:10 in Carmagnola. */
export const MONDAY_0910 = new Date('2027-01-11T08:10:00.000Z');

export interface Signed {
  client: Client;
  id: string;
  actor: Actor;
  email: string | null;
}

export interface ReferralWorld {
  t: TestApp;
  tenant: TestTenant;
  desk: DeskView;
  giulia: Signed; // desk operator, Comune
  coordinator: Signed; // coordinator, Comune
  chiara: Signed; // service worker, Consorzio: receives
  aslWorker: Signed; // service worker, ASL: another organisation
  admin: Signed;
  services: { minors: string; aslMental: string; closed: string };
}

export async function makeWorld(
  db: TestDatabase,
  code: string,
  env: Record<string, string> = {},
): Promise<ReferralWorld> {
  const t = await startTestApp(db, {
    SESSION_IDLE_MINUTES: '10080',
    SESSION_ABSOLUTE_MINUTES: '10080',
    ...env,
  });
  t.clock.current = new Date(MONDAY_0910);
  const tenant = await makeTenant(t.ctx(), code);
  const desk = await makeDesk(t.ctx(), tenant);
  const sign = async (
    organisationId: string,
    roles: Role[],
    email: string | null = null,
  ): Promise<Signed> => {
    const made = await makeUser(t.ctx(), tenant, { organisationId, roles });
    if (email)
      await t
        .ctx()
        .db.updateTable('users')
        .set({ email })
        .where('tenant_id', '=', tenant.tenantId)
        .where('id', '=', made.user.id)
        .execute();
    const client = new Client(t.app);
    await client.signIn(made.username, USER_PASSWORD);
    return { client, id: made.user.id, actor: made.actor, email };
  };
  const { comune, consorzio, asl } = tenant.organisations;
  return {
    t,
    tenant,
    desk,
    giulia: await sign(comune, ['desk_operator'], `giulia.${code}@comune.example.it`),
    coordinator: await sign(comune, ['coordinator']),
    chiara: await sign(consorzio, ['service_worker'], `chiara.${code}@cisa31.example.it`),
    aslWorker: await sign(asl, ['service_worker'], `asl.${code}@aslto5.example.it`),
    admin: await sign(comune, ['admin']),
    services: {
      minors: await addService(t, tenant, consorzio, 'Minori e famiglie', 'active', 3),
      aslMental: await addService(t, tenant, asl, 'Salute mentale', 'active', 5),
      closed: await addService(t, tenant, consorzio, 'Servizio chiuso', 'inactive', 3),
    },
  };
}

/** A service of the directory, through the directory module (as a coordinator of the tenant would add it). */
export async function addService(
  t: TestApp,
  tenant: TestTenant,
  organisationId: string,
  name: string,
  status: ServiceStatus,
  ackWorkingDays: number,
): Promise<string> {
  const values = ServiceInput.parse({ organisationId, name, status, ackWorkingDays });
  return inTransaction(t.ctx(tenant.admin), (tx) => insertService(tx, tenant.tenantId, values));
}

let people = 0;

/** An identified person, through the desk's API; `share` is the consent to share with services. */
export async function makePerson(world: ReferralWorld, share: boolean): Promise<string> {
  people += 1;
  const response = await world.giulia.client.post('/api/people', {
    givenName: `Persona${people}`,
    familyName: 'Bianchi',
    birthDate: '1980-05-04',
    phone: '+39 333 000 0000',
    email: `persona${people}@example.it`,
    consents: { method: 'oral', privacyNotice: true, recordData: true, shareWithServices: share },
  });
  if (response.statusCode !== 201) throw new Error(`person: ${response.body}`);
  return response.json().id;
}

/** A contact for the person now, with one request per area; returns the contact and the new requests' ids. */
export async function recordContact(
  world: ReferralWorld,
  personId: string | null,
  areas: { areaCode: string; categoryCode: string }[] = [
    { areaCode: 'family_minors', categoryCode: 'childcare_school' },
  ],
) {
  const response = await world.giulia.client.post('/api/contacts', {
    deskId: world.desk.id,
    channel: 'phone',
    ...(personId
      ? { personId }
      : { profile: { ageBand: '35-44', sex: 'female', citizenshipGroup: 'italian' } }),
    requests: areas.map((a) => ({
      ...a,
      description: 'Nota riservata della desk',
      outcomeCode: 'information',
    })),
    operatorIds: [world.giulia.id],
    note: 'Nota interna del contatto',
  });
  if (response.statusCode !== 201) throw new Error(`contact: ${response.body}`);
  const contact = response.json().contact;
  // A second save the same day joins the day's contact: the new requests are the last ones.
  const requestIds = (contact.requests as { id: string }[]).slice(-areas.length).map((r) => r.id);
  return { contactId: contact.id as string, requestIds };
}

/** Refer the person's first request of a fresh contact to a service; returns the raw response. */
export async function refer(
  world: ReferralWorld,
  personId: string,
  over: Partial<ReferralInput> = {},
  by: Client = world.giulia.client,
) {
  const { requestIds } = await recordContact(world, personId);
  return by.post('/api/referrals', {
    requestId: requestIds[0],
    serviceId: world.services.minors,
    reason: 'Difficoltà scolastiche del figlio, serve una valutazione',
    toldPerson: 'La chiamerà il servizio entro la settimana',
    ...over,
  });
}
