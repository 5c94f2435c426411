import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_PASSWORD, makeTenant, type TestTenant } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';

describeEngines('users administration', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'users');
    admin = new Client(t.app);
    await admin.signIn('admin@users', ADMIN_PASSWORD);
  });
  afterAll(() => t.close());

  const operator = (username: string) => ({
    username,
    fullName: 'Giulia Bianchi',
    email: 'giulia.bianchi@comune.example.it',
    organisationId: tenant.organisations.comune,
    roles: ['desk_operator'],
    locale: 'it',
  });

  it('creates a user with a temporary password that must be replaced at first sign-in', async () => {
    const created = await admin.post('/api/users', operator('Giulia.Bianchi'));
    expect(created.statusCode).toBe(201);
    const { user, temporaryPassword } = created.json();
    expect(user).toMatchObject({
      username: 'giulia.bianchi',
      organisationName: 'Comune di Carmagnola',
      mustChangePassword: true,
    });
    expect(temporaryPassword).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);

    const giulia = new Client(t.app);
    expect((await giulia.signIn('giulia.bianchi', temporaryPassword)).statusCode).toBe(200);
    const blocked = await giulia.get('/api/desks');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toBe('password_change_required');
    const changed = await giulia.post('/api/account/password', {
      currentPassword: temporaryPassword,
      newPassword: 'tramonto-rosso-sul-po',
    });
    expect(changed.statusCode).toBe(200);
    await giulia.refresh();
    expect((await giulia.get('/api/desks')).statusCode).toBe(200);
  });

  it('explains bad input field by field, in the reader’s language', async () => {
    const bad = await admin.request(
      'POST',
      '/api/users',
      { username: 'x', fullName: '', organisationId: 'nope', roles: [], email: 'not-an-email' },
      { 'accept-language': 'en' },
    );
    expect(bad.statusCode).toBe(400);
    const fields = Object.fromEntries(
      bad.json().fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    // The admin's own language setting (Italian) wins over the browser's.
    expect(fields).toMatchObject({
      username: 'Il nome utente deve avere da 3 a 64 caratteri',
      fullName: 'Campo obbligatorio',
      organisationId: 'Identificativo non valido',
      roles: 'Scegli almeno un ruolo',
      email: 'Indirizzo e-mail non valido',
    });
    const anonymous = await new Client(t.app, 'en').post('/api/auth/login', { username: '', password: 1 });
    expect(anonymous.statusCode).toBe(400);
    expect(
      anonymous
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['password', 'username']);
    expect(anonymous.json().message).toBe('Some data is not valid: check the fields shown');
  });

  it('refuses a taken username and an unknown organisation', async () => {
    await admin.post('/api/users', operator('taken.name'));
    const again = await admin.post('/api/users', operator('taken.name'));
    expect(again.statusCode).toBe(400);
    expect(again.json().fields).toEqual([{ field: 'username', message: 'Nome utente già in uso' }]);
    const unknown = await admin.post('/api/users', {
      ...operator('someone.else'),
      organisationId: '01a2176e-0000-7000-8000-000000000000',
    });
    expect(unknown.json().fields).toEqual([{ field: 'organisationId', message: 'Ente sconosciuto' }]);
  });

  it('edits a user and reports a conflict instead of overwriting a newer save', async () => {
    const { user } = (await admin.post('/api/users', operator('mario.rossi'))).json();
    const edit = {
      fullName: 'Mario Rossi',
      email: null,
      organisationId: tenant.organisations.consorzio,
      roles: ['desk_operator', 'coordinator'],
      locale: 'en',
      version: user.version,
    };
    const saved = await admin.put(`/api/users/${user.id}`, edit);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      fullName: 'Mario Rossi',
      organisationName: 'Consorzio CISA 31',
      roles: ['coordinator', 'desk_operator'],
    });
    const stale = await admin.put(`/api/users/${user.id}`, { ...edit, fullName: 'M. Rossi' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('modificato da qualcun altro');
    expect((await admin.get(`/api/users/${user.id}`)).json().fullName).toBe('Mario Rossi');
  });

  it('lists and searches users, and every listing is an audited read', async () => {
    const found = (await admin.get('/api/users?q=rossi')).json();
    expect(found.map((u: { username: string }) => u.username)).toEqual(['mario.rossi']);
    const audit = await t
      .ctx()
      .db.selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('tenant_id', '=', tenant.tenantId)
      .where('action', 'in', ['user.listed', 'user.viewed'])
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.every((event) => event.actor_id === tenant.admin.userId)).toBe(true);
  });

  it('deactivates and reactivates; never the last administrator or oneself', async () => {
    const { user } = (await admin.post('/api/users', operator('to.deactivate'))).json();
    expect((await admin.post(`/api/users/${user.id}/deactivate`)).json().isActive).toBe(false);
    expect((await admin.get('/api/users?q=to.deactivate')).json()).toEqual([]);
    expect((await admin.get('/api/users?q=to.deactivate&includeInactive=true')).json()).toHaveLength(1);
    expect((await admin.post(`/api/users/${user.id}/reactivate`)).json().isActive).toBe(true);

    const self = await admin.post(`/api/users/${tenant.admin.userId}/deactivate`);
    expect(self.statusCode).toBe(403);
    const adminView = (await admin.get(`/api/users/${tenant.admin.userId}`)).json();
    const demote = await admin.put(`/api/users/${tenant.admin.userId}`, {
      fullName: adminView.fullName,
      email: null,
      organisationId: adminView.organisationId,
      roles: ['coordinator'],
      locale: 'it',
      version: adminView.version,
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error).toBe('last_admin');
  });

  it('resets a password: unlocks, ends sessions, shows a new temporary password once', async () => {
    const { user, temporaryPassword } = (await admin.post('/api/users', operator('forgetful.one'))).json();
    const reset = await admin.post(`/api/users/${user.id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().temporaryPassword).not.toBe(temporaryPassword);
    expect((await new Client(t.app).signIn('forgetful.one', temporaryPassword)).statusCode).toBe(401);
    expect((await new Client(t.app).signIn('forgetful.one', reset.json().temporaryPassword)).statusCode).toBe(
      200,
    );
  });
});
