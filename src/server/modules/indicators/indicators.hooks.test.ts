/**
 * The rollups follow the desk's real work: check-in, tickets, contacts,
 * their edits, referrals and their moves all change the coordinator's
 * figures at once, through the services (no test writes a rollup).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../../../../test/helpers/engines';
import {
  makePerson,
  makeWorld,
  type ReferralWorld,
  recordContact,
  refer,
} from '../referrals/referrals.fixture';
import { markRollupDirty, refreshDirtyRollups } from './rollups.service';

describeEngines('indicator rollups follow the services', (db) => {
  let w: ReferralWorld;
  beforeAll(async () => {
    w = await makeWorld(db(), 'rollhooks');
  });
  afterAll(() => w?.t.close());

  const today = '2027-01-11';
  const figures = async () => {
    const response = await w.coordinator.client.get(
      `/api/indicators?from=${today}&to=${today}&deskId=${w.desk.id}&compare=false`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const value = (id: string) => body.values.find((v: { id: string }) => v.id === id).value;
    return { value, dirty: await w.t.ctx().db.selectFrom('rollup_dirty').selectAll().execute() };
  };

  it('counts check-ins, tickets, contacts, edits and referrals as they happen', async () => {
    const giulia = w.giulia.client;
    expect((await figures()).value('contacts')).toBe(0);

    expect(
      (await giulia.post(`/api/desks/${w.desk.id}/presence/check-in`, { counter: 'Postazione 1' }))
        .statusCode,
    ).toBe(200);
    const ticket = (await giulia.post(`/api/desks/${w.desk.id}/tickets`, {})).json();
    w.t.clock.advanceMinutes(12);
    const called = (await giulia.post(`/api/tickets/${ticket.id}/call`, { version: ticket.version })).json();
    const serving = (
      await giulia.post(`/api/tickets/${ticket.id}/serve`, { version: called.version })
    ).json();
    w.t.clock.advanceMinutes(20);
    await giulia.post(`/api/tickets/${ticket.id}/finish`, { version: serving.version });
    let f = await figures();
    expect(f.dirty).toEqual([]); // the read rebuilt what the changes marked
    expect(f.value('tickets')).toBe(1);
    expect(f.value('wait_median')).toBe(12);
    expect(f.value('service_median')).toBe(20);
    expect(f.value('openings')).toBe(1);

    const mario = await makePerson(w, true);
    const { contactId } = await recordContact(w, mario, [
      { areaCode: 'family_minors', categoryCode: 'childcare_school' },
      { areaCode: 'poverty_adults', categoryCode: 'housing' },
    ]);
    f = await figures();
    expect(f.value('contacts')).toBe(1);
    expect(f.value('requests')).toBe(2);
    expect(f.value('persons')).toBe(1);
    expect(f.value('persons_new')).toBe(1);

    const contact = (await giulia.get(`/api/contacts/${contactId}`)).json();
    const edited = await giulia.put(`/api/contacts/${contactId}`, {
      channel: 'phone',
      visitorType: contact.visitorType,
      personId: mario,
      requests: [{ areaCode: 'elderly', categoryCode: 'home_care', outcomeCode: 'information' }],
      operatorIds: [w.giulia.id],
      language: 'it',
      interpreter: false,
      version: contact.version,
    });
    expect(edited.statusCode).toBe(200);
    f = await figures();
    expect(f.value('requests')).toBe(1);

    const referral = await refer(w, mario);
    expect(referral.statusCode).toBe(201);
    f = await figures();
    expect(f.value('referrals')).toBe(1);
    expect(f.value('referral_accepted_share')).toBe(0);
    w.t.clock.advanceMinutes(90);
    const accepted = await w.chiara.client.post(`/api/referrals/${referral.json().id}/move`, {
      to: 'accepted',
      version: referral.json().version,
    });
    expect(accepted.statusCode).toBe(200);
    f = await figures();
    expect(f.value('referral_accepted_share')).toBe(1);
    expect(f.value('referral_accept_median_hours')).toBe(1);
    // The referral's contact joined the day's contact (same person, same desk, same day).
    expect(f.value('contacts')).toBe(1);
    expect(f.value('referred_share')).toBeGreaterThan(0);
  });

  it('lets the per-minute job rebuild marked days without any reader', async () => {
    await markRollupDirty(w.t.ctx(), w.tenant.tenantId, w.desk.id, today);
    expect(await refreshDirtyRollups(w.t.ctx(), null)).toBe(1);
    expect(await w.t.ctx().db.selectFrom('rollup_dirty').selectAll().execute()).toEqual([]);
    const monthly = await w.t
      .ctx()
      .db.selectFrom('rollup_monthly')
      .select(['metric', 'value'])
      .where('month', '=', '2027-01')
      .where('metric', '=', 'tickets')
      .execute();
    expect(monthly).toEqual([{ metric: 'tickets', value: 1 }]);
  });
});
