/**
 * Bounces (rimpalli, DESIGN.md §3): rejected then referred again, and back at
 * the desk after a referral that never reached accepted — within the window,
 * same person, same area; shown in the desk's list and on the timeline.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../../../../test/helpers/engines';
import { makePerson, makeWorld, type ReferralWorld, recordContact, refer } from './referrals.fixture';

const DAY = 24 * 60 * 60_000;

describeEngines('bounces', (db) => {
  let w: ReferralWorld;

  beforeAll(async () => {
    w = await makeWorld(db(), 'bounces');
  });
  afterAll(() => w.t.close());

  const bouncesOf = async (personId: string) =>
    (await w.giulia.client.get(`/api/bounces?deskId=${w.desk.id}&personId=${personId}`)).json().bounces;
  const nextDay = () => {
    w.t.clock.current = new Date(w.t.clock.current.getTime() + DAY);
  };

  it('counts a referral made again after a rejection (re_referred), once', async () => {
    const anna = await makePerson(w, true);
    const first = (await refer(w, anna)).json();
    await w.chiara.client.post(`/api/referrals/${first.id}/move`, {
      to: 'rejected',
      version: 1,
      note: 'Non di nostra competenza',
    });
    expect(await bouncesOf(anna)).toEqual([]);
    const again = (await refer(w, anna, { serviceId: w.services.aslMental })).json();
    expect(await bouncesOf(anna)).toEqual([
      expect.objectContaining({
        kind: 're_referred',
        personId: anna,
        areaCode: 'family_minors',
        referralId: again.id,
        previousReferralId: first.id,
      }),
    ]);
    // Another area is another story.
    const { requestIds } = await recordContact(w, anna, [{ areaCode: 'elderly', categoryCode: 'home_care' }]);
    const other = await w.giulia.client.post('/api/referrals', {
      requestId: requestIds[0],
      serviceId: w.services.aslMental,
      reason: 'Assistenza domiciliare',
    });
    expect(other.statusCode).toBe(201);
    expect((await bouncesOf(anna)).filter((b: { kind: string }) => b.kind === 're_referred')).toHaveLength(1);
  });

  it('counts the person back at the desk after a referral never accepted (came_back), not after an accepted one', async () => {
    const bruno = await makePerson(w, true);
    const carla = await makePerson(w, true);
    const pending = (await refer(w, bruno)).json();
    const taken = (await refer(w, carla)).json();
    await w.chiara.client.post(`/api/referrals/${taken.id}/move`, { to: 'accepted', version: 1 });
    // The same day's second save joins the contact the referral came from: no bounce.
    await recordContact(w, bruno);
    expect(await bouncesOf(bruno)).toEqual([]);

    nextDay();
    const back = await recordContact(w, bruno);
    await recordContact(w, carla);
    expect(await bouncesOf(bruno)).toEqual([
      expect.objectContaining({ kind: 'came_back', referralId: pending.id, contactId: back.contactId }),
    ]);
    expect(await bouncesOf(carla)).toEqual([]);
    // Coming back again does not count the same referral twice.
    nextDay();
    await recordContact(w, bruno);
    expect(await bouncesOf(bruno)).toHaveLength(1);

    const timeline = (await w.giulia.client.get(`/api/people/${bruno}/timeline`)).json();
    expect(timeline.referrals.map((r: { id: string }) => r.id)).toEqual([pending.id]);
    expect(timeline.bounces).toEqual([
      expect.objectContaining({ kind: 'came_back', referralId: pending.id }),
    ]);
  });

  it('forgets referrals older than the window', async () => {
    const dario = await makePerson(w, true);
    const old = (await refer(w, dario)).json();
    // Made 61 days ago (moving the clock that far would end every session).
    await w.t
      .ctx()
      .db.updateTable('referrals')
      .set({ created_at: new Date(w.t.clock.now().getTime() - 61 * DAY).toISOString() })
      .where('id', '=', old.id)
      .execute();
    nextDay();
    await recordContact(w, dario);
    const anna = await makePerson(w, true);
    const rejected = (await refer(w, anna)).json();
    await w.chiara.client.post(`/api/referrals/${rejected.id}/move`, {
      to: 'rejected',
      version: 1,
      note: 'No',
    });
    await w.t
      .ctx()
      .db.updateTable('referrals')
      .set({ created_at: new Date(w.t.clock.now().getTime() - 61 * DAY).toISOString() })
      .where('id', '=', rejected.id)
      .execute();
    await refer(w, anna);
    expect(await bouncesOf(dario)).toEqual([]);
    expect(await bouncesOf(anna)).toEqual([]);
  });

  it('lists bounces only for the desk side, scoped to desks my organisation staffs', async () => {
    const mine = (await w.coordinator.client.get('/api/bounces')).json().bounces;
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect((await w.chiara.client.get(`/api/bounces?deskId=${w.desk.id}`)).statusCode).toBe(403);
    expect((await w.aslWorker.client.get('/api/bounces')).statusCode).toBe(403);
  });
});
