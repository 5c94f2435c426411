import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import { issueSetupToken } from './setup.service';

describeEngines('first-run setup', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db());
  });
  afterAll(() => t.close());

  const input = (token: string) => ({
    token,
    tenant: { name: 'CISA 31', code: 'CISA31' },
    organisations: [
      { name: 'Comune di Carmagnola', kind: 'comune' },
      { name: 'Consorzio CISA 31', kind: 'consorzio' },
    ],
    admin: {
      fullName: 'Ada Amministratrice',
      username: 'ada',
      email: 'ada@comune.example.it',
      password: 'cavallo-blu-sul-tetto-42',
      organisationIndex: 1,
    },
  });

  it('tells the web app that setup is needed and whether the link works', async () => {
    const client = new Client(t.app);
    expect((await client.refresh()).setupRequired).toBe(true);
    expect((await client.get('/api/setup?token=made-up-token-0123456789')).json()).toEqual({
      setupRequired: true,
      tokenValid: false,
    });
  });

  it('refuses an expired link, and a newer link replaces the older one', async () => {
    const old = (await issueSetupToken(t.ctx()))!;
    t.clock.advanceMinutes(61);
    const client = new Client(t.app);
    const expired = await client.post('/api/setup', input(old));
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error).toBe('setup_token');
    const first = (await issueSetupToken(t.ctx()))!;
    const second = (await issueSetupToken(t.ctx()))!;
    expect((await client.get(`/api/setup?token=${first}`)).json().tokenValid).toBe(false);
    expect((await client.get(`/api/setup?token=${second}`)).json().tokenValid).toBe(true);
  });

  it('checks the administrator’s password before using the link', async () => {
    const token = (await issueSetupToken(t.ctx()))!;
    const client = new Client(t.app, 'en');
    const weak = await client.post('/api/setup', {
      ...input(token),
      admin: { ...input(token).admin, password: 'password1234' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toEqual([
      { field: 'admin.password', message: 'This password is one of the most common: choose another one' },
    ]);
    const index = await client.post('/api/setup', {
      ...input(token),
      admin: { ...input(token).admin, organisationIndex: 5 },
    });
    expect(index.json().fields[0].field).toBe('admin.organisationIndex');
    expect((await client.get(`/api/setup?token=${token}`)).json().tokenValid).toBe(true);
  });

  it('creates tenant, organisations and administrator once, and signs the administrator in', async () => {
    const token = (await issueSetupToken(t.ctx()))!;
    const client = new Client(t.app);
    const done = await client.post('/api/setup', input(token));
    expect(done.statusCode).toBe(201);
    const session = await client.refresh();
    expect(session.user).toMatchObject({
      username: 'ada',
      roles: ['admin'],
      organisation: { name: 'Consorzio CISA 31', kind: 'consorzio' },
      tenant: { name: 'CISA 31' },
    });
    expect((await client.get('/api/tenant')).json().code).toBe('cisa31');
    expect((await client.get('/api/organisations')).json()).toHaveLength(2);

    const reuse = await new Client(t.app).post('/api/setup', input(token));
    expect(reuse.statusCode).toBe(410);
    expect(await issueSetupToken(t.ctx())).toBeNull();
    expect((await new Client(t.app).refresh()).setupRequired).toBe(false);
  });
});
