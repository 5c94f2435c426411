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

describeEngines('organisations, municipalities and the tenant', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'orgs');
    admin = new Client(t.app);
    await admin.signIn('admin@orgs', ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  it('creates, edits and deactivates an organisation; names are unique in the tenant', async () => {
    const created = await admin.post('/api/organisations', {
      name: 'Banco Alimentare',
      kind: 'terzo_settore',
      email: 'info@banco.example.org',
      taxCode: '',
    });
    expect(created.statusCode).toBe(201);
    const org = created.json();
    expect(org).toMatchObject({ kind: 'terzo_settore', taxCode: null, isActive: true, version: 1 });
    expect(
      (await admin.post('/api/organisations', { name: 'Banco Alimentare', kind: 'altro' })).json().fields,
    ).toEqual([{ field: 'name', message: 'Nome già in uso' }]);
    const edited = await admin.put(`/api/organisations/${org.id}`, { ...org, phone: '011 123456' });
    expect(edited.json()).toMatchObject({ phone: '011 123456', version: 2 });
    expect((await admin.put(`/api/organisations/${org.id}`, { ...org, phone: 'x' })).statusCode).toBe(409);
    expect((await admin.post(`/api/organisations/${org.id}/deactivate`)).json().isActive).toBe(false);
    const newUser = await admin.post('/api/users', {
      username: 'in.inactive.org',
      fullName: 'Nessuno',
      organisationId: org.id,
      roles: ['service_worker'],
    });
    expect(newUser.json().fields).toEqual([{ field: 'organisationId', message: 'Ente sconosciuto' }]);
    expect((await admin.post(`/api/organisations/${org.id}/reactivate`)).json().isActive).toBe(true);
  });

  it('refuses an unknown organisation kind with the allowed ones', async () => {
    const bad = await admin.post('/api/organisations', { name: 'Boh', kind: 'banca' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toMatchObject({ field: 'kind' });
    expect(bad.json().fields[0].message).toContain('comune');
  });

  it('keeps municipalities with ISTAT code and population, editable by admins only', async () => {
    const created = await admin.post('/api/municipalities', {
      istatCode: '001059',
      name: 'Carmagnola',
      province: 'TO',
      population: 28600,
      populationYear: 2024,
    });
    expect(created.statusCode).toBe(201);
    const carmagnola = created.json();
    const duplicate = await admin.post('/api/municipalities', { ...carmagnola, name: 'Altro' });
    expect(duplicate.json().fields).toEqual([
      { field: 'istatCode', message: 'Esiste già un comune con questo codice ISTAT' },
    ]);
    const badCode = await admin.post('/api/municipalities', {
      istatCode: '59',
      name: 'X',
      province: 'to',
      population: -1,
    });
    expect(
      badCode
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['istatCode', 'population', 'province']);
    const updated = await admin.put(`/api/municipalities/${created.json().id}`, {
      ...carmagnola,
      population: 28700,
    });
    expect(updated.json()).toMatchObject({ population: 28700, version: 2 });

    const { username } = await makeUser(t.ctx(), tenant, { roles: ['coordinator'] });
    const coordinator = new Client(t.app);
    await coordinator.signIn(username, USER_PASSWORD);
    expect((await coordinator.get('/api/municipalities')).json()).toHaveLength(1);
    expect(
      (await coordinator.put(`/api/municipalities/${created.json().id}`, updated.json())).statusCode,
    ).toBe(403);
  });

  it('shows the tenant to every staff member', async () => {
    expect((await admin.get('/api/tenant')).json()).toMatchObject({ name: 'CISA 31', code: 'orgs' });
  });

  it('keeps tenants apart: another tenant’s records are not found', async () => {
    const other = await makeTenant(t.ctx(), 'other');
    const otherAdmin = new Client(t.app);
    await otherAdmin.signIn('admin@other', ADMIN_PASSWORD);
    expect((await otherAdmin.get(`/api/organisations/${tenant.organisations.comune}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/users/${tenant.admin.userId}`)).statusCode).toBe(404);
    const names = (await otherAdmin.get('/api/organisations')).json().map((o: { id: string }) => o.id);
    expect(names).toContain(other.organisations.asl);
    expect(names).not.toContain(tenant.organisations.asl);
  });
});
