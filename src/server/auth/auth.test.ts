import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../test/helpers/app';
import { describeEngines } from '../../../test/helpers/engines';

describeEngines('sign-in and sessions', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  beforeAll(async () => {
    t = await startTestApp(db(), { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' });
    tenant = await makeTenant(t.ctx());
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.clock.current = new Date('2027-01-11T08:30:00.000Z');
  });

  it('signs in with the right password and describes the session', async () => {
    const { username, user } = await makeUser(t.ctx(), tenant, { roles: ['desk_operator'] });
    const client = new Client(t.app);
    expect((await client.signIn(username, USER_PASSWORD)).statusCode).toBe(200);
    const session = await client.refresh();
    expect(session.user).toMatchObject({
      id: user.id,
      username,
      roles: ['desk_operator'],
      mustChangePassword: false,
    });
    expect(session.permissions).toContain('desk.read');
    expect(session.permissions).not.toContain('user.manage');
    const cookie = (await client.post('/api/auth/logout')).cookies;
    expect(cookie.some((c) => c.name === 'sportello_session')).toBe(true);
  });

  it('sets the session cookie HttpOnly and SameSite', async () => {
    const { username } = await makeUser(t.ctx(), tenant);
    const client = new Client(t.app);
    const response = await client.signIn(username, USER_PASSWORD);
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/sportello_session=[^;]+;.*HttpOnly/i);
    expect(header).toMatch(/SameSite=Strict/i);
    expect(header).not.toMatch(/Secure/); // PUBLIC_URL is http in tests
  });

  it('refuses a wrong password with the same message as an unknown user', async () => {
    const { username } = await makeUser(t.ctx(), tenant);
    const wrong = await new Client(t.app).signIn(username, 'not-the-password-at-all');
    const unknown = await new Client(t.app).signIn('nobody.here', 'not-the-password-at-all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().message).toBe('Nome utente o password non corretti');
  });

  it('locks the account after repeated failures, even for the right password, until the lock expires', async () => {
    const { username } = await makeUser(t.ctx(), tenant);
    const client = new Client(t.app, 'en');
    await client.signIn(username, 'wrong-password-one');
    await client.signIn(username, 'wrong-password-two');
    const third = await client.signIn(username, 'wrong-password-three');
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({
      error: 'account_locked',
      message: expect.stringContaining('15 minutes'),
    });
    const right = await client.signIn(username, USER_PASSWORD);
    expect(right.statusCode).toBe(429);
    t.clock.advanceMinutes(16);
    expect((await client.signIn(username, USER_PASSWORD)).statusCode).toBe(200);
  });

  it('gives a new session id at sign-in (no fixation) and the old one stops working', async () => {
    const { username } = await makeUser(t.ctx(), tenant);
    const client = new Client(t.app);
    await client.signIn(username, USER_PASSWORD);
    const first = client.cookies.get('sportello_session');
    await client.signIn(username, USER_PASSWORD);
    const second = client.cookies.get('sportello_session');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const stale = new Client(t.app);
    stale.cookies.set('sportello_session', first!);
    const response = await stale.get('/api/desks');
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe('La sessione è scaduta: accedi di nuovo');
  });

  it('rejects a state-changing request without a CSRF token, or with another session’s token', async () => {
    const { username } = await makeUser(t.ctx(), tenant);
    const client = new Client(t.app);
    await client.signIn(username, USER_PASSWORD);
    const none = await client.request(
      'PUT',
      '/api/account/preferences',
      { locale: 'en' },
      { 'x-csrf-token': '' },
    );
    expect(none.statusCode).toBe(403);
    expect(none.json().error).toBe('csrf');
    const other = new Client(t.app);
    await other.signIn((await makeUser(t.ctx(), tenant)).username, USER_PASSWORD);
    const foreign = await client.request(
      'PUT',
      '/api/account/preferences',
      { locale: 'en' },
      {
        'x-csrf-token': other.csrfToken!,
      },
    );
    expect(foreign.statusCode).toBe(403);
    expect((await client.put('/api/account/preferences', { locale: 'en' })).statusCode).toBe(200);
  });

  it('requires the CSRF token for sign-in too', async () => {
    const { username } = await makeUser(t.ctx(), tenant);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: USER_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
  });

  it('ends a session after 30 idle minutes but not while in use, and after 12 hours in any case', async () => {
    const { username } = await makeUser(t.ctx(), tenant);
    const client = new Client(t.app);
    await client.signIn(username, USER_PASSWORD);
    for (let i = 0; i < 5; i++) {
      t.clock.advanceMinutes(25);
      expect((await client.get('/api/desks')).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(31);
    expect((await client.get('/api/desks')).statusCode).toBe(401);

    await client.signIn(username, USER_PASSWORD);
    for (let i = 0; i < 29; i++) {
      t.clock.advanceMinutes(25);
      await client.get('/api/desks');
    }
    expect((await client.get('/api/desks')).statusCode).toBe(401);
  });

  it('signs out of this browser, or of every device', async () => {
    const { username } = await makeUser(t.ctx(), tenant);
    const a = new Client(t.app);
    const b = new Client(t.app);
    await a.signIn(username, USER_PASSWORD);
    await b.signIn(username, USER_PASSWORD);
    expect((await a.post('/api/auth/logout')).statusCode).toBe(200);
    expect((await a.get('/api/desks')).statusCode).toBe(401);
    expect((await b.get('/api/desks')).statusCode).toBe(200);
    await a.signIn(username, USER_PASSWORD);
    expect((await a.post('/api/auth/logout-everywhere')).json()).toEqual({ ended: 2 });
    expect((await b.get('/api/desks')).statusCode).toBe(401);
  });

  it('ends the sessions of a deactivated user at once and refuses their sign-in', async () => {
    const { username, user } = await makeUser(t.ctx(), tenant);
    const operator = new Client(t.app);
    await operator.signIn(username, USER_PASSWORD);
    const admin = new Client(t.app);
    await admin.signIn('admin@cisa31', 'cavallo-blu-sul-tetto-42');
    expect((await admin.post(`/api/users/${user.id}/deactivate`)).statusCode).toBe(200);
    expect((await operator.get('/api/desks')).statusCode).toBe(401);
    expect((await new Client(t.app).signIn(username, USER_PASSWORD)).statusCode).toBe(401);
  });

  it('keeps operators out of admin routes with 403, whether or not the record exists', async () => {
    const { username, user } = await makeUser(t.ctx(), tenant, { roles: ['desk_operator'] });
    const client = new Client(t.app);
    await client.signIn(username, USER_PASSWORD);
    expect((await client.get('/api/users')).statusCode).toBe(403);
    const existing = await client.get(`/api/users/${user.id}`);
    const missing = await client.get('/api/users/01a2176e-0000-7000-8000-000000000000');
    expect(existing.statusCode).toBe(403);
    expect(missing.statusCode).toBe(403);
    expect(existing.json()).toEqual(missing.json());
    expect((await client.post('/api/organisations', { name: 'X', kind: 'altro' })).statusCode).toBe(403);
    expect((await client.get('/api/audit/events')).statusCode).toBe(403);
    expect((await new Client(t.app).get('/api/users')).statusCode).toBe(401);
  });

  it('changes the own password: checks the current one, refuses common ones, ends other sessions', async () => {
    const { username } = await makeUser(t.ctx(), tenant);
    const a = new Client(t.app, 'en');
    const b = new Client(t.app);
    await a.signIn(username, USER_PASSWORD);
    await b.signIn(username, USER_PASSWORD);
    // A signed-in user's own language setting decides the language of messages.
    expect((await a.put('/api/account/preferences', { locale: 'en' })).statusCode).toBe(200);
    const wrong = await a.post('/api/account/password', {
      currentPassword: 'nope',
      newPassword: 'x'.repeat(12),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([
      { field: 'currentPassword', message: 'The current password is not correct' },
    ]);
    const short = await a.post('/api/account/password', {
      currentPassword: USER_PASSWORD,
      newPassword: 'short',
    });
    expect(short.json().fields).toEqual([
      { field: 'newPassword', message: 'The password must be at least 12 characters long' },
    ]);
    const common = await a.post('/api/account/password', {
      currentPassword: USER_PASSWORD,
      newPassword: 'password1234',
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().fields[0].field).toBe('newPassword');
    const good = await a.post('/api/account/password', {
      currentPassword: USER_PASSWORD,
      newPassword: 'lanterna-verde-sul-molo',
    });
    expect(good.statusCode).toBe(200);
    expect((await a.get('/api/desks')).statusCode).toBe(200);
    expect((await b.get('/api/desks')).statusCode).toBe(401);
    expect((await new Client(t.app).signIn(username, 'lanterna-verde-sul-molo')).statusCode).toBe(200);
  });

  it('limits sign-in attempts per address with a clear message', async () => {
    const t2 = await startTestApp(db(), { LOGIN_RATE_PER_MINUTE: '3' });
    try {
      const client = new Client(t2.app);
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push((await client.signIn(`ghost${i}`, 'whatever-password')).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
      const last = await client.signIn('ghost', 'whatever-password');
      expect(last.json()).toMatchObject({
        error: 'rate_limited',
        message: expect.stringContaining('Troppe richieste'),
      });
    } finally {
      await t2.close();
    }
  });
});
