import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { ServiceInput, ServiceList, ServiceView } from '../../../shared/schemas/directory';
import { findService } from './directory.service';

describeEngines('service directory', (db, engine) => {
  let t: TestApp;
  let tenant: TestTenant;
  let coordinator: Client;
  let desk: Client;
  let admin: Client;

  const signedIn = async (options: Parameters<typeof makeUser>[2]) => {
    const user = await makeUser(t.ctx(), tenant, options);
    const client = new Client(t.app);
    await client.signIn(user.username, USER_PASSWORD);
    return client;
  };
  const service = (overrides: Partial<ServiceInput> = {}): ServiceInput => ({
    organisationId: tenant.organisations.consorzio,
    name: 'Area anziani e non autosufficienza',
    description: 'Assistenza domiciliare, contributi per la non autosufficienza, inserimenti in RSA.',
    areaCodes: ['elderly'],
    locations: [{ name: 'Sede CISA 31', address1: 'Via Cavour 1', city: 'Carmagnola', postalCode: '10022' }],
    schedules: [{ byday: 'MO,WE', opensAt: '09:00', closesAt: '12:00' }],
    phones: [{ number: '011 977 0111' }],
    ...overrides,
  });
  const search = async (query: string) => {
    const response = await desk.get(`/api/directory/services?${query}`);
    expect(response.statusCode).toBe(200);
    return (response.json() as ServiceList).services.map((s) => s.name);
  };

  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), `dir-${engine}`);
    coordinator = await signedIn({ roles: ['coordinator'], organisationId: tenant.organisations.consorzio });
    desk = await signedIn({ roles: ['desk_operator'] });
    admin = await signedIn({ roles: ['admin'] });
  });
  afterAll(() => t.close());

  it('lets a coordinator add a service of their organisation, with its locations, hours and phones', async () => {
    const response = await coordinator.post('/api/directory/services', service());
    expect(response.statusCode).toBe(201);
    const created: ServiceView = response.json();
    expect(created).toMatchObject({
      organisationName: 'Consorzio CISA 31',
      status: 'active',
      ackWorkingDays: 3,
      areaCodes: ['elderly'],
      locations: [{ address1: 'Via Cavour 1', city: 'Carmagnola' }],
      schedules: [{ byday: 'MO,WE', opensAt: '09:00' }],
      phones: [{ number: '011 977 0111' }],
      version: 1,
    });
    const found = await findService(t.ctx(), tenant.tenantId, created.id);
    expect(found).toMatchObject({ organisationId: tenant.organisations.consorzio, ackWorkingDays: 3 });
    expect(await findService(t.ctx(), tenant.tenantId, tenant.organisations.asl)).toBeNull();
  });

  it("refuses a coordinator another organisation's service; an admin may; the desk may not write", async () => {
    const other = service({ organisationId: tenant.organisations.asl, name: 'Centro di salute mentale' });
    expect((await coordinator.post('/api/directory/services', other)).statusCode).toBe(403);
    expect((await desk.post('/api/directory/services', other)).statusCode).toBe(403);
    const byAdmin = await admin.post('/api/directory/services', { ...other, areaCodes: ['multi_user'] });
    expect(byAdmin.statusCode).toBe(201);
    const edit = await coordinator.put(`/api/directory/services/${byAdmin.json().id}`, {
      ...other,
      version: 1,
    });
    expect(edit.statusCode).toBe(403);
  });

  it('finds services in Italian whatever the accents, by word prefixes while typing, best match first', async () => {
    await admin.post(
      '/api/directory/services',
      service({
        organisationId: tenant.organisations.comune,
        name: 'Servizi per la città: attività e pietà',
        description: 'Sportello per le famiglie',
        areaCodes: ['family_minors'],
      }),
    );
    expect(await search('q=citta')).toEqual(['Servizi per la città: attività e pietà']);
    expect(await search('q=CITTÀ%20pieta')).toEqual(['Servizi per la città: attività e pietà']);
    expect(await search('q=anzia')).toEqual(['Area anziani e non autosufficienza']);
    expect(await search('q=sal%20ment')).toEqual(['Centro di salute mentale']);
    expect(await search('q=nessunrisultato')).toEqual([]);
    // A word in the name outranks the same word in another service's description.
    await admin.post(
      '/api/directory/services',
      service({ name: 'Famiglie e minori', areaCodes: ['family_minors'] }),
    );
    expect((await search('q=famiglie'))[0]).toBe('Famiglie e minori');
  });

  it('filters by status, organisation and area, and keeps other tenants out', async () => {
    expect(await search(`organisationId=${tenant.organisations.asl}`)).toEqual(['Centro di salute mentale']);
    expect(await search('areaCode=family_minors')).toEqual([
      'Famiglie e minori',
      'Servizi per la città: attività e pietà',
    ]);
    expect(await search('status=defunct')).toEqual([]);
    const elsewhere = await makeTenant(t.ctx(), `dir2-${engine}`);
    const list = await search('q=anziani');
    expect(list).toHaveLength(1);
    expect(
      await findService(
        t.ctx(),
        elsewhere.tenantId,
        (await desk.get('/api/directory/services?q=anziani')).json().services[0].id,
      ),
    ).toBeNull();
  });

  it('edits with the version read and refuses a stale version with 409', async () => {
    const [first] = (await desk.get('/api/directory/services?q=anziani')).json().services as ServiceView[];
    const edited = await coordinator.put(`/api/directory/services/${first!.id}`, {
      ...service({ status: 'temporarily closed', ackWorkingDays: 5, phones: [] }),
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      status: 'temporarily closed',
      ackWorkingDays: 5,
      phones: [],
      version: 2,
    });
    const stale = await coordinator.put(`/api/directory/services/${first!.id}`, { ...service(), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(await search('status=temporarily%20closed')).toEqual(['Area anziani e non autosufficienza']);
    const trail = await t
      .ctx()
      .db.selectFrom('audit_events')
      .select('action')
      .where('tenant_id', '=', tenant.tenantId)
      .where('entity_type', '=', 'directory_service')
      .execute();
    expect(trail.map((e) => e.action).sort()).toEqual([
      'service.created',
      'service.created',
      'service.created',
      'service.created',
      'service.updated',
    ]);
  });

  it('checks the form: required name, known status, organisation of the tenant', async () => {
    const bad = await coordinator.post('/api/directory/services', {
      ...service(),
      name: ' ',
      status: 'chiuso',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['name', 'status']);
    const unknown = await admin.post(
      '/api/directory/services',
      service({ organisationId: '018f0000-0000-7000-8000-000000000000' }),
    );
    expect(unknown.statusCode).toBe(400);
    const area = await coordinator.post('/api/directory/services', service({ areaCodes: ['astrologia'] }));
    expect(area.statusCode).toBe(400);
    expect(area.json().fields).toEqual([{ field: 'areaCodes', message: expect.any(String) }]);
  });
});
