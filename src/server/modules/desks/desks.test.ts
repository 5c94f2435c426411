import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  makeTenant,
  makeUser,
  type TestTenant,
  USER_PASSWORD,
} from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';

describeEngines('desks', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'desks');
    admin = new Client(t.app);
    await admin.signIn('admin@desks', ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  const desk = () => ({
    name: 'Sportello Sociale di Carmagnola',
    address: 'Piazza Manzoni 10, Carmagnola',
    organisationIds: [tenant.organisations.comune, tenant.organisations.consorzio],
    hours: [
      { weekday: 3, opensAt: '09:00', closesAt: '12:00' },
      { weekday: 1, opensAt: '09:00', closesAt: '12:00' },
    ],
  });

  it('creates a desk staffed by two organisations with weekly hours, visible to operators', async () => {
    const created = await admin.post('/api/desks', desk());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      timezone: 'Europe/Rome',
      hours: [
        { weekday: 1, opensAt: '09:00', closesAt: '12:00' },
        { weekday: 3, opensAt: '09:00', closesAt: '12:00' },
      ],
    });
    expect(created.json().organisations.map((o: { name: string }) => o.name)).toEqual([
      'Comune di Carmagnola',
      'Consorzio CISA 31',
    ]);
    const { username } = await makeUser(t.ctx(), tenant);
    const operator = new Client(t.app);
    await operator.signIn(username, USER_PASSWORD);
    expect((await operator.get('/api/desks')).json()).toHaveLength(1);
    expect((await operator.post('/api/desks', { ...desk(), name: 'Altro' })).statusCode).toBe(403);
  });

  it('refuses overlapping or inverted hours, unknown time zones and no staffing', async () => {
    const bad = await admin.post('/api/desks', {
      ...desk(),
      name: 'Sbagliato',
      timezone: 'Europe/Carmagnola',
      organisationIds: [],
      hours: [
        { weekday: 1, opensAt: '09:00', closesAt: '12:00' },
        { weekday: 1, opensAt: '11:00', closesAt: '13:00' },
        { weekday: 2, opensAt: '12:00', closesAt: '09:00' },
        { weekday: 8, opensAt: '25:00', closesAt: '26:00' },
      ],
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'timezone',
        'organisationIds',
        'hours.1.opensAt',
        'hours.2.closesAt',
        'hours.3.weekday',
      ]),
    );
  });

  it('edits hours and staffing with version checks, and can be deactivated', async () => {
    const [current] = (await admin.get('/api/desks')).json();
    const edited = await admin.put(`/api/desks/${current.id}`, {
      ...desk(),
      organisationIds: [
        tenant.organisations.comune,
        tenant.organisations.consorzio,
        tenant.organisations.asl,
      ],
      hours: [{ weekday: 5, opensAt: '14:00', closesAt: '16:30' }],
      version: current.version,
    });
    expect(edited.json()).toMatchObject({
      hours: [{ weekday: 5, opensAt: '14:00', closesAt: '16:30' }],
      version: 2,
    });
    expect(edited.json().organisations).toHaveLength(3);
    expect(
      (await admin.put(`/api/desks/${current.id}`, { ...desk(), version: current.version })).statusCode,
    ).toBe(409);
    expect((await admin.post(`/api/desks/${current.id}/deactivate`)).json().isActive).toBe(false);
    const audit = await t
      .ctx()
      .db.selectFrom('audit_events')
      .select('changed_fields')
      .where('tenant_id', '=', tenant.tenantId)
      .where('action', '=', 'desk.updated')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.changed_fields)).toEqual(['hours', 'organisations']);
  });
});
