import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client, startTestApp, type TestApp } from '../../../test/helpers/app';
import { describeEngines } from '../../../test/helpers/engines';
import { seedDemo } from './seed';

/**
 * Seeding replays six months of desk work through the domain services (every
 * ticket, call, contact and referral as the desk would record them), some
 * 40,000 statements: on PostgreSQL that is tens of seconds on a busy machine.
 */
const SEEDING_MS = 180_000;

describeEngines('demo data', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db());
  });
  afterAll(() => t.close());

  it(
    'loads CISA 31 with its organisations, municipalities, desk and one user per role',
    async () => {
      const demo = await seedDemo(t.ctx());
      expect(demo.created).toBe(true);
      const roles = demo.users.flatMap((u) => u.roles);
      expect(new Set(roles)).toEqual(
        new Set(['admin', 'desk_operator', 'service_worker', 'coordinator', 'privacy_officer']),
      );
      const admin = new Client(t.app);
      const credentials = demo.users.find((u) => u.username === 'admin')!;
      expect((await admin.signIn('admin', credentials.password)).statusCode).toBe(200);
      expect((await admin.get('/api/tenant')).json().name).toBe('CISA 31');
      expect((await admin.get('/api/organisations')).json().map((o: { name: string }) => o.name)).toEqual([
        'ASL TO5',
        'Associazione Banco Solidale Carmagnola ODV',
        'Associazione Diritti in Comune APS',
        'Comune di Carmagnola',
        'Consorzio CISA 31',
      ]);
      const services = (await admin.get('/api/directory/services?limit=200')).json().services;
      expect(services.length).toBeGreaterThanOrEqual(13);
      const found = (await admin.get('/api/directory/services?q=dipendenze')).json().services;
      expect(found[0]).toMatchObject({
        name: 'SerD – Servizio per le dipendenze',
        organisationName: 'ASL TO5',
      });
      const municipalities = (await admin.get('/api/municipalities')).json();
      expect(municipalities).toHaveLength(8);
      expect(municipalities.find((m: { name: string }) => m.name === 'Carmagnola')).toMatchObject({
        istatCode: '001059',
      });
      const [desk] = (await admin.get('/api/desks')).json();
      expect(desk).toMatchObject({
        name: 'Sportello Sociale di Carmagnola',
        hours: [
          { weekday: 1, opensAt: '09:00', closesAt: '12:00' },
          { weekday: 3, opensAt: '09:00', closesAt: '12:00' },
        ],
      });
      expect(desk.organisations.map((o: { kind: string }) => o.kind).sort()).toEqual(['comune', 'consorzio']);
      expect(demo.devices.map((d) => d.kind)).toEqual(['kiosk', 'display']);
      expect((await admin.get('/api/devices')).json()).toHaveLength(2);
    },
    SEEDING_MS,
  );

  it('comes with six months of desk work on Monday and Wednesday mornings', async () => {
    const db = t.ctx().db;
    const openings = await db
      .selectFrom('openings')
      .select(['date', 'closed_at', 'scheduled_start'])
      .execute();
    expect(openings.length).toBeGreaterThan(40);
    expect(openings.every((o) => o.closed_at !== null)).toBe(true);
    const weekdays = new Set(openings.map((o) => new Date(`${o.date}T12:00:00Z`).getUTCDay()));
    expect([...weekdays].sort()).toEqual([1, 3]);
    const tickets = await db
      .selectFrom('tickets')
      .select(['status', 'channel', 'series', 'issued_at'])
      .execute();
    expect(tickets.length).toBeGreaterThan(openings.length * 5);
    const statuses = new Set(tickets.map((x) => x.status));
    expect(statuses).toContain('done');
    expect(statuses).toContain('no_show');
    expect(new Set(tickets.map((x) => x.channel))).toEqual(new Set(['kiosk', 'operator']));
    expect(tickets.some((x) => x.series === 'P')).toBe(true);
    // More arrivals in 9:00–9:15 (Carmagnola time, winter and summer) than in any other quarter of an hour.
    const byQuarter = new Map<string, number>();
    for (const x of tickets) {
      const local = DateTime.fromISO(x.issued_at, { zone: 'Europe/Rome' });
      const key = `${local.hour}:${Math.floor(local.minute / 15) * 15}`;
      byQuarter.set(key, (byQuarter.get(key) ?? 0) + 1);
    }
    expect([...byQuarter].sort((a, b) => b[1] - a[1])[0]![0]).toBe('9:0');
    const presences = await db.selectFrom('presences').select(['organisation_id']).execute();
    expect(new Set(presences.map((p) => p.organisation_id)).size).toBe(2);
  });

  it('records a contact for every served ticket: varied areas, outcomes, municipalities, returning people', async () => {
    const db = t.ctx().db;
    const done = await db.selectFrom('tickets').select(['contact_id']).where('status', '=', 'done').execute();
    expect(done.length).toBeGreaterThan(200);
    expect(done.every((x) => x.contact_id !== null)).toBe(true);
    const contacts = await db
      .selectFrom('contacts')
      .select(['id', 'person_id', 'channel', 'municipality_id', 'is_joint', 'date'])
      .execute();
    expect(new Set(contacts.map((c) => c.channel))).toEqual(
      new Set(['walk_in', 'phone', 'email', 'outreach']),
    );
    expect(new Set(contacts.map((c) => c.municipality_id)).size).toBe(8);
    expect(contacts.some((c) => c.is_joint === 1) && contacts.some((c) => c.is_joint === 0)).toBe(true);
    const anonymous = contacts.filter((c) => c.person_id === null).length;
    expect(anonymous / contacts.length).toBeGreaterThan(0.4);
    const visits = new Map<string, number>();
    for (const c of contacts) if (c.person_id) visits.set(c.person_id, (visits.get(c.person_id) ?? 0) + 1);
    expect([...visits.values()].filter((n) => n > 1).length).toBeGreaterThan(20);
    const requests = await db.selectFrom('contact_requests').select(['area_code', 'outcome_code']).execute();
    expect(new Set(requests.map((r) => r.area_code)).size).toBe(7);
    expect(new Set(requests.map((r) => r.outcome_code))).toEqual(
      new Set([
        'information',
        'orientation',
        'practical_support',
        'listening',
        'resolved',
        'referral',
        'none',
        'routed_to_own_worker',
      ]),
    );
  });

  it(
    'on a second run keeps the data and prints fresh working passwords',
    async () => {
      const again = await seedDemo(t.ctx());
      expect(again.created).toBe(false);
      expect(again.users).toHaveLength(6);
      expect(again.devices.map((d) => d.pairingUrl).every((url) => url.includes('/device/pair#code='))).toBe(
        true,
      );
      const operator = again.users.find((u) => u.username === 'operatore.cisa')!;
      expect((await new Client(t.app).signIn('operatore.cisa', operator.password)).statusCode).toBe(200);
      const admin = new Client(t.app);
      await admin.signIn('admin', again.users.find((u) => u.username === 'admin')!.password);
      expect((await admin.get('/api/desks')).json()).toHaveLength(1);
    },
    SEEDING_MS,
  );
});
