/**
 * Several server processes on one PostgreSQL database: a call made through
 * one process reaches a display connected to another (LISTEN/NOTIFY). Only
 * PostgreSQL can be shared by processes; an SQLite database has one owner.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDesk, makeTenant, makeUser, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { createTestDatabase, type TestDatabase } from '../../../../test/helpers/engines';
import { createDevice, pairDevice } from '../devices/devices.service';

describe('two server processes on PostgreSQL', () => {
  let db: TestDatabase;
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    // Each app has its own bus, hence its own LISTEN connection: as two processes would.
    first = await startTestApp(db);
    second = await startTestApp(db);
    for (const app of [first, second]) app.clock.current = new Date('2027-01-11T08:10:00.000Z');
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await db.drop();
  });

  it('pushes a call made through one process to a display connected to the other', async () => {
    const tenant = await makeTenant(first.ctx(), 'processes');
    const desk = await makeDesk(first.ctx(), tenant);
    const pairing = await createDevice(first.ctx(tenant.admin), {
      name: 'Schermo',
      deskId: desk.id,
      kind: 'display',
      printer: 'none',
    });
    const { cookieValue } = await pairDevice(
      first.ctx(),
      decodeURIComponent(pairing.pairingUrl.split('#code=')[1]!),
    );

    await second.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (second.app.server.address() as { port: number }).port;
    const received = new Promise<string>((resolve, reject) => {
      const request = http.get(
        `http://127.0.0.1:${port}/api/display/stream`,
        { headers: { cookie: `sportello_device=${cookieValue}` } },
        (response) => {
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            const call = /event: call\ndata: (.*)\n/.exec(chunk);
            if (call) {
              request.destroy();
              resolve(JSON.parse(call[1]!).code);
            }
          });
        },
      );
      request.on('error', () => undefined);
      setTimeout(() => reject(new Error('the call never reached the other process')), 5000).unref();
    });
    await new Promise((r) => setTimeout(r, 300)); // the display is connected and listening

    const operator = await makeUser(first.ctx(), tenant);
    const staff = new Client(first.app);
    await staff.signIn(operator.username, USER_PASSWORD);
    await staff.post(`/api/desks/${desk.id}/presence/check-in`, { counter: 'Postazione 1' });
    await staff.post(`/api/desks/${desk.id}/tickets`, { priorityReason: null });
    expect((await staff.post(`/api/desks/${desk.id}/queue/call-next`, {})).json().ticket.code).toBe('A001');
    expect(await received).toBe('A001');
  });
});
