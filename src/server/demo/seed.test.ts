import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client, startTestApp, type TestApp } from '../../../test/helpers/app';
import { describeEngines } from '../../../test/helpers/engines';
import { seedDemo } from './seed';

describeEngines('demo data', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db());
  });
  afterAll(() => t.close());

  it('loads CISA 31 with its organisations, municipalities, desk and one user per role', async () => {
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
      'Comune di Carmagnola',
      'Consorzio CISA 31',
    ]);
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
  });

  it('on a second run keeps the data and prints fresh working passwords', async () => {
    const again = await seedDemo(t.ctx());
    expect(again.created).toBe(false);
    expect(again.users).toHaveLength(6);
    const operator = again.users.find((u) => u.username === 'operatore.cisa')!;
    expect((await new Client(t.app).signIn('operatore.cisa', operator.password)).statusCode).toBe(200);
    const admin = new Client(t.app);
    await admin.signIn('admin', again.users.find((u) => u.username === 'admin')!.password);
    expect((await admin.get('/api/desks')).json()).toHaveLength(1);
  });
});
