import http from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  makeDesk,
  makeTenant,
  makeUser,
  type TestTenant,
  USER_PASSWORD,
} from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { DeskView } from '../../../shared/schemas/accounts';

/** Read Server-Sent Events from a real socket until `until` says enough. */
function readEvents(
  url: string,
  cookie: string,
  until: (events: { event: string; id?: string; data: unknown }[]) => boolean,
  lastEventId?: string,
) {
  return new Promise<{ event: string; id?: string; data: unknown }[]>((resolve, reject) => {
    const events: { event: string; id?: string; data: unknown }[] = [];
    const request = http.get(
      url,
      { headers: { cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) } },
      (response) => {
        let buffer = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields = Object.fromEntries(
              block
                .split('\n')
                .filter((line) => line && !line.startsWith(':') && line.includes(': '))
                .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
            );
            if (fields.event)
              events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data ?? 'null') });
            end = buffer.indexOf('\n\n');
          }
          if (until(events)) {
            request.destroy();
            resolve(events);
          }
        });
      },
    );
    request.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
    setTimeout(() => reject(new Error(`timed out with ${JSON.stringify(events)}`)), 5000).unref();
  });
}

describeEngines('kiosks, displays and the public status', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let desk: DeskView;
  let admin: Client;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp(db(), { SESSION_IDLE_MINUTES: '10080' });
    t.clock.current = new Date('2027-01-11T08:10:00.000Z'); // Monday 09:10, open
    tenant = await makeTenant(t.ctx(), 'devices');
    desk = await makeDesk(t.ctx(), tenant);
    admin = new Client(t.app);
    await admin.signIn('admin@devices', ADMIN_PASSWORD);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
  });
  afterAll(() => t.close());

  async function pairedDevice(kind: 'kiosk' | 'display') {
    const created = await admin.post('/api/devices', { name: `${kind} ingresso`, deskId: desk.id, kind });
    expect(created.statusCode).toBe(201);
    const code = decodeURIComponent(created.json().pairingUrl.split('#code=')[1]);
    const device = new Client(t.app);
    const paired = await device.post('/api/device/pair', { code });
    expect(paired.json()).toEqual({ kind });
    const session = await device.get('/api/device/session');
    device.csrfToken = session.json().csrfToken;
    return { device, code, id: created.json().device.id as string };
  }

  it('pairs a kiosk once with its link; the kiosk issues tickets only while the desk is open', async () => {
    const { device, code, id } = await pairedDevice('kiosk');
    expect((await new Client(t.app).post('/api/device/pair', { code })).json().error).toBe('device_pairing');
    const receipt = await device.post('/api/kiosk/tickets', { priorityReason: null, language: 'ar' });
    expect(receipt.statusCode).toBe(201);
    expect(receipt.json()).toMatchObject({
      code: 'A001',
      ahead: 0,
      deskName: desk.name,
      estimatedWait: { minMinutes: 0 },
    });
    const priority = await device.post('/api/kiosk/tickets', { priorityReason: 'pregnancy', language: 'it' });
    expect(priority.json()).toMatchObject({ code: 'P001', isPriority: true, ahead: 1 });
    expect((await device.get('/api/display/state')).statusCode).toBe(403);
    t.clock.current = new Date('2027-01-11T11:05:00.000Z'); // 12:05: closed for the kiosk
    expect((await device.post('/api/kiosk/tickets', {})).json().error).toBe('no_opening');
    t.clock.current = new Date('2027-01-11T08:10:00.000Z');
    expect((await admin.post(`/api/devices/${id}/revoke`)).json().revokedAt).not.toBeNull();
    expect((await device.get('/api/device/session')).json().error).toBe('device_required');
  });

  it('keeps device management for administrators and staff routes away from devices', async () => {
    const { device } = await pairedDevice('display');
    expect((await device.get('/api/desks')).statusCode).toBe(401);
    const operator = await makeUser(t.ctx(), tenant);
    const staff = new Client(t.app);
    await staff.signIn(operator.username, USER_PASSWORD);
    expect((await staff.get('/api/devices')).statusCode).toBe(403);
    expect((await staff.get('/api/display/state')).json().error).toBe('device_required');
  });

  it('pushes each call to the display with its counter, and catches up a display that reconnects', async () => {
    const { device } = await pairedDevice('display');
    const cookie = `sportello_device=${device.cookies.get('sportello_device')}`;
    const operator = await makeUser(t.ctx(), tenant, { organisationId: tenant.organisations.consorzio });
    const staff = new Client(t.app);
    await staff.signIn(operator.username, USER_PASSWORD);
    await staff.post(`/api/desks/${desk.id}/presence/check-in`, { counter: 'Postazione 2' });

    const first = readEvents(`${base}/api/display/stream`, cookie, (events) =>
      events.some((e) => e.event === 'call'),
    );
    await new Promise((r) => setTimeout(r, 200));
    const called = (await staff.post(`/api/desks/${desk.id}/queue/call-next`, {})).json().ticket;
    expect(called.code).toBe('P001');
    const events = await first;
    expect(events[0]).toMatchObject({ event: 'state', data: { deskName: desk.name, isOpen: true } });
    const call = events.find((e) => e.event === 'call')!;
    expect(call.data).toMatchObject({ code: 'P001', counter: 'Postazione 2' });
    expect(JSON.stringify(events)).not.toMatch(/operator|Utente/);

    await staff.post(`/api/tickets/${called.id}/recall`, { version: called.version });
    const missed = await readEvents(
      `${base}/api/display/stream`,
      cookie,
      (list) => list.some((e) => e.event === 'state'),
      call.id,
    );
    expect(missed[0]).toMatchObject({ event: 'call', data: { code: 'P001' } });
    expect(missed.at(-1)).toMatchObject({ event: 'state', data: { current: { code: 'P001' } } });
  });

  it('shows the public status as JSON and as a page that works without JavaScript', async () => {
    const json = (await new Client(t.app).get(`/api/public/desks/${desk.id}/status`)).json();
    expect(json).toMatchObject({ deskName: desk.name, isOpen: true, waiting: 1 });
    // The old address on the door's QR code moved to the public site.
    const moved = await t.app.inject({ url: `/stato/${desk.id}` });
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe(`/sportello/${desk.id}/stato`);
    const page = await t.app.inject({
      url: `/sportello/${desk.id}/stato`,
      headers: { 'accept-language': 'it' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.body).toContain('<html lang="it" dir="ltr">');
    expect(page.body).toContain(desk.name);
    expect(page.body).toMatch(/<p class="public-figure" data-element="waiting">1<\/p>/);
    expect(page.body).toContain('Aperto fino alle 12:00');
    expect(page.body).toContain('1 persona in attesa');
    const english = await t.app.inject({ url: `/sportello/${desk.id}/stato?lang=en` });
    expect(english.body).toContain('<html lang="en" dir="ltr">');
    expect(english.body).toContain('Open until 12:00');
    const unknown = await t.app.inject({ url: '/sportello/01a2176e-0000-7000-8000-000000000000/stato' });
    expect(unknown.statusCode).toBe(404);
  });

  it('ends a desk screen’s live stream when its session ends', async () => {
    const operator = await makeUser(t.ctx(), tenant, { organisationId: tenant.organisations.comune });
    const staff = new Client(t.app);
    await staff.signIn(operator.username, USER_PASSWORD);
    const cookie = `sportello_session=${staff.cookies.get('sportello_session')}`;
    let events = 0;
    const ended = new Promise<number>((resolve, reject) => {
      http.get(`${base}/api/desks/${desk.id}/queue/stream`, { headers: { cookie } }, (response) => {
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          events += chunk.split('event: queue').length - 1;
        });
        response.on('end', () => resolve(events));
      });
      setTimeout(() => reject(new Error('the stream outlived its session')), 5000).unref();
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(events).toBe(1);
    await staff.post('/api/auth/logout');
    const other = await makeUser(t.ctx(), tenant, { organisationId: tenant.organisations.consorzio });
    const colleague = new Client(t.app);
    await colleague.signIn(other.username, USER_PASSWORD);
    await colleague.post(`/api/desks/${desk.id}/tickets`, { priorityReason: null });
    expect(await ended).toBe(1);
  });
});
