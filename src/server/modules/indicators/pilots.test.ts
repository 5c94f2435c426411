import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeDesk, makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { Role } from '../../../shared/roles';
import type { DeskView } from '../../../shared/schemas/accounts';
import { pilotForDesk } from './pilots.service';

describeEngines('pilots: targets and the evaluators’ notes', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let desk: DeskView;
  let aslDesk: DeskView;
  let comune: Client;
  let consorzio: Client;
  let operator: Client;
  let otherTenant: Client;

  const signIn = async (tt: TestTenant, organisationId: string, roles: Role[]) => {
    const made = await makeUser(t.ctx(), tt, { organisationId, roles });
    const client = new Client(t.app);
    await client.signIn(made.username, USER_PASSWORD);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'pilots');
    desk = await makeDesk(t.ctx(), tenant);
    aslDesk = await makeDesk(t.ctx(), tenant, { organisationIds: [tenant.organisations.asl] });
    comune = await signIn(tenant, tenant.organisations.comune, ['coordinator']);
    consorzio = await signIn(tenant, tenant.organisations.consorzio, ['coordinator']);
    operator = await signIn(tenant, tenant.organisations.comune, ['desk_operator']);
    const other = await makeTenant(t.ctx(), 'pilots2');
    otherTenant = await signIn(other, other.organisations.comune, ['coordinator']);
  });
  afterAll(() => t.close());

  const auditOf = async (id: string) =>
    (
      await t
        .ctx()
        .db.selectFrom('audit_events')
        .select(['action', 'changed_fields'])
        .where('tenant_id', '=', tenant.tenantId)
        .where('entity_id', '=', id)
        .orderBy('seq')
        .execute()
    ).map((e) => `${e.action} ${e.changed_fields}`);

  let pilot: { id: string; version: number };

  it('creates a pilot ending six months after its start by default, with one empty notes section per staffing organisation', async () => {
    const response = await comune.post('/api/pilots', {
      deskId: desk.id,
      name: 'Sperimentazione Carmagnola',
      startDate: '2027-01-11',
      targets: { wait_median: 20, copresence_coverage: 0.8 },
    });
    expect(response.statusCode).toBe(201);
    pilot = response.json();
    expect(pilot).toMatchObject({
      deskId: desk.id,
      deskName: desk.name,
      startDate: '2027-01-11',
      endDate: '2027-07-11',
      waitTargetMinutes: 30,
      targets: { wait_median: 20, copresence_coverage: 0.8 },
      version: 1,
    });
    const notes = response.json().notes;
    expect(notes.map((n: { organisationName: string }) => n.organisationName).sort()).toEqual([
      'Comune di Carmagnola',
      'Consorzio CISA 31',
    ]);
    expect(notes.every((n: { body: string; updatedAt: null }) => n.body === '' && n.updatedAt === null)).toBe(
      true,
    );
    expect(await auditOf(pilot.id)).toEqual([expect.stringMatching(/^pilot\.created /)]);
    const again = await comune.post('/api/pilots', {
      deskId: desk.id,
      name: 'Doppio',
      startDate: '2027-01-11',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields[0].field).toBe('startDate');
  });

  it('refuses targets on indicators without a direction, naming each one', async () => {
    const response = await comune.post('/api/pilots', {
      deskId: desk.id,
      name: 'Obiettivi sbagliati',
      startDate: '2028-01-10',
      endDate: '2028-03-10',
      targets: { contacts: 100, wait_p90: 40, tickets: 3 },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['targets.contacts', 'targets.tickets']);
    const unknown = await comune.post('/api/pilots', {
      deskId: desk.id,
      name: 'Sconosciuto',
      startDate: '2028-01-10',
      targets: { no_such: 1 },
    });
    expect(unknown.statusCode).toBe(400);
    const backwards = await comune.post('/api/pilots', {
      deskId: desk.id,
      name: 'Al contrario',
      startDate: '2028-01-10',
      endDate: '2028-01-01',
    });
    expect(backwards.json().fields[0].field).toBe('endDate');
  });

  it('updates with the version read and answers 409 to a stale one', async () => {
    const body = {
      deskId: desk.id,
      name: 'Sperimentazione Carmagnola 2027',
      startDate: '2027-01-11',
      endDate: '2027-06-30',
      targets: { wait_median: 15 },
      waitTargetMinutes: 20,
      version: 1,
    };
    const saved = await comune.put(`/api/pilots/${pilot.id}`, body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ version: 2, endDate: '2027-06-30', targets: { wait_median: 15 } });
    const stale = await consorzio.put(`/api/pilots/${pilot.id}`, { ...body, name: 'Altro' });
    expect(stale.statusCode).toBe(409);
    const wrong = await comune.put(`/api/pilots/${pilot.id}`, {
      ...body,
      version: 2,
      targets: { openings: 3 },
    });
    expect(wrong.json().fields[0].field).toBe('targets.openings');
    const audit = await auditOf(pilot.id);
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatch(/^pilot\.updated .*endDate.*name.*targets.*waitTargetMinutes/);
  });

  it('keeps each organisation’s notes apart: the other coordinator writes their own, never mine', async () => {
    const mine = await comune.put(`/api/pilots/${pilot.id}/notes`, { body: 'Il Comune osserva code brevi.' });
    expect(mine.statusCode).toBe(200);
    const theirs = await consorzio.put(`/api/pilots/${pilot.id}/notes`, {
      body: 'Il Consorzio segnala più invii.',
    });
    expect(theirs.statusCode).toBe(200);
    const notes = (await comune.get(`/api/pilots/${pilot.id}`)).json().notes as {
      organisationId: string;
      body: string;
      updatedByName: string | null;
    }[];
    const byOrg = Object.fromEntries(notes.map((n) => [n.organisationId, n]));
    expect(byOrg[tenant.organisations.comune]?.body).toBe('Il Comune osserva code brevi.');
    expect(byOrg[tenant.organisations.consorzio]?.body).toBe('Il Consorzio segnala più invii.');
    expect(byOrg[tenant.organisations.consorzio]?.updatedByName).toMatch(/^Utente/);
    const rewritten = await consorzio.put(`/api/pilots/${pilot.id}/notes`, { body: 'Rivisto.' });
    const after = rewritten
      .json()
      .notes.find((n: { organisationId: string }) => n.organisationId === tenant.organisations.comune);
    expect(after.body).toBe('Il Comune osserva code brevi.');
    expect((await auditOf(pilot.id)).filter((a) => a.startsWith('pilot.note_updated'))).toHaveLength(3);
  });

  it('lets only coordinators of a staffing organisation of the same tenant in', async () => {
    expect((await operator.get('/api/pilots')).statusCode).toBe(403);
    expect((await operator.put(`/api/pilots/${pilot.id}/notes`, { body: 'x' })).statusCode).toBe(403);
    expect((await otherTenant.get(`/api/pilots/${pilot.id}`)).statusCode).toBe(404);
    expect((await otherTenant.put(`/api/pilots/${pilot.id}/notes`, { body: 'x' })).statusCode).toBe(404);
    expect((await otherTenant.get('/api/pilots')).json().pilots).toEqual([]);
    const unstaffed = await comune.post('/api/pilots', {
      deskId: aslDesk.id,
      name: 'ASL',
      startDate: '2027-01-11',
    });
    expect(unstaffed.statusCode).toBe(403);
    const list = (await consorzio.get('/api/pilots')).json().pilots;
    expect(list.map((p: { id: string }) => p.id)).toEqual([pilot.id]);
  });

  it('finds the pilot of a desk on a date, else its latest', async () => {
    const ctx = t.ctx();
    expect((await pilotForDesk(ctx, tenant.tenantId, desk.id, '2027-03-01'))?.id).toBe(pilot.id);
    const later = await comune.post('/api/pilots', {
      deskId: desk.id,
      name: 'Seconda fase',
      startDate: '2027-09-01',
    });
    expect((await pilotForDesk(ctx, tenant.tenantId, desk.id, '2027-08-01'))?.id).toBe(later.json().id);
    expect((await pilotForDesk(ctx, tenant.tenantId, desk.id, '2027-02-01'))?.id).toBe(pilot.id);
    expect(await pilotForDesk(ctx, tenant.tenantId, aslDesk.id)).toBeNull();
  });
});
