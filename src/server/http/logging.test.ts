import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, makeTenant } from '../../../test/factories';
import { Client } from '../../../test/helpers/app';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/engines';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { consoleContext } from '../context';
import type { App } from './types';

describe('logs and failures', () => {
  let db: TestDatabase;
  let app: App;
  let logs = '';
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    const stream = new PassThrough();
    stream.on('data', (chunk) => {
      logs += chunk.toString();
    });
    const config = loadConfig({ ...db.env, LOG_LEVEL: 'info', LOGIN_RATE_PER_MINUTE: '1000' });
    app = await buildApp({ config, database: db.database, logger: stream, webRoot: '/nonexistent' });
    app.get('/api/test-failure', { config: { permission: 'public' } }, async () => {
      // What a database driver does: a message for developers and the row's values in `detail`.
      throw Object.assign(new Error('duplicate key value violates unique constraint'), {
        detail: 'Key (email)=(mario.rossi@example.it) already exists.',
      });
    });
    await app.ready();
    const ctx = consoleContext(db.database, config);
    await makeTenant(ctx, 'logs');
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  it('answers a failure with 500, a request id and no stack, and logs it with the same id', async () => {
    const response = await app.inject({ url: '/api/test-failure', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body.message).toContain(body.requestId);
    expect(response.body).not.toMatch(/at .*\.ts|duplicate key|stack/);
    const line = logs.split('\n').find((l) => l.includes('request failed'));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ reqId: body.requestId, err: { message: expect.any(String) } });
  });

  it('keeps personal data out of the logs', async () => {
    const admin = new Client(app);
    await admin.signIn('admin@logs', ADMIN_PASSWORD);
    await admin.post('/api/users', {
      username: 'mario.rossi',
      fullName: 'Mario Rossi',
      email: 'mario.rossi@example.it',
      organisationId: (await admin.get('/api/organisations')).json()[0].id,
      roles: ['desk_operator'],
    });
    await admin.get('/api/users?q=Rossi');
    await new Client(app).signIn('mario.rossi', 'a-wrong-password-for-mario');
    expect(logs.length).toBeGreaterThan(1000);
    for (const secret of [
      'mario',
      'Rossi',
      ADMIN_PASSWORD,
      'a-wrong-password',
      'example.it',
      'sportello_session=',
    ]) {
      expect(logs).not.toContain(secret);
    }
    expect(logs).toContain('"route":"/api/users"');
  });
});
