/**
 * Every indicator on a small hand-made dataset, on both engines: the numbers
 * in the comments are computed by hand from the records below. March 2027 at
 * the Carmagnola desk (D), February for the previous period, the change to
 * summer time on Sunday 28 March and a contact that runs past midnight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { IndicatorId } from '../../../shared/indicators';
import { IndicatorQuery, type IndicatorReport } from '../../../shared/schemas/indicators';
import { at, type IndicatorWorld, indicatorWorld } from './indicators.fixture';
import { buildReport, indicatorReport, reportScope } from './indicators.service';

describeEngines('indicators on a hand-made dataset', (db) => {
  let t: TestApp;
  let w: IndicatorWorld;
  const report = (query: Record<string, unknown>) =>
    indicatorReport(t.ctx(w.coordinator), IndicatorQuery.parse({ deskId: w.desk, ...query }), 'it');
  const values = (r: IndicatorReport) =>
    Object.fromEntries(r.values.map((v) => [v.id, v.value])) as Record<IndicatorId, number | null>;
  const rows = (r: IndicatorReport, id: string) =>
    Object.fromEntries(r.tables.find((x) => x.id === id)!.rows.map((row) => [row.key, row.value]));

  beforeAll(async () => {
    t = await startTestApp(db());
    t.clock.current = new Date('2027-04-15T10:00:00.000Z');
    w = await indicatorWorld(t);
    const { m1, m2 } = w.municipalities;
    const p = await w.person();
    const q = await w.person();
    // February (previous period): Q's first contact ever.
    await w.contact({
      date: '2027-02-15',
      time: '09:30',
      person: q,
      requests: [['elderly', 'home_care', 'information']],
    });
    // March.
    await w.contact({
      date: '2027-03-01',
      time: '09:10',
      municipality: m1,
      age: '25-34',
      sex: 'female',
      citizenship: 'italian',
      heard: 'poster_flyer',
      requests: [['poverty_adults', 'economic_support', 'information']],
    });
    const k2 = await w.contact({
      date: '2027-03-01',
      time: '09:40',
      person: p,
      municipality: m2,
      age: '45-54',
      sex: 'male',
      citizenship: 'non_eu',
      interpreter: true,
      orgs: ['C', 'K'],
      requests: [
        ['migrants', 'legal_status', 'referral'],
        ['poverty_adults', 'housing', 'orientation'],
      ],
    });
    const k3 = await w.contact({
      date: '2027-03-03',
      time: '10:30',
      channel: 'phone',
      person: p,
      municipality: m2,
      requests: [['migrants', 'legal_status', 'information']],
    });
    const k4 = await w.contact({
      date: '2027-03-10',
      time: '11:50',
      person: q,
      municipality: m1,
      requests: [['elderly', 'home_care', 'routed_to_own_worker']],
    });
    // Summer time starts at 02:00 on 28 March: 03:30 is CEST (01:30 UTC).
    await w.contact({
      date: '2027-03-28',
      time: '03:30',
      channel: 'outreach',
      requests: [['family_minors', 'childcare_school', 'listening']],
    });
    // Starts at 23:50 on the 31st, ends after midnight: it belongs to the 31st.
    await w.contact({
      date: '2027-03-31',
      time: '23:50',
      channel: 'email',
      requests: [['disability', 'disability_benefits', 'practical_support']],
    });
    // Another desk the same day: outside the desk's report.
    await w.contact({
      desk: w.otherDesk,
      date: '2027-03-01',
      time: '09:00',
      requests: [['elderly', 'home_care', 'information']],
    });

    await w.opening({
      date: '2027-03-01',
      start: '09:00',
      end: '12:00',
      presences: [
        { org: 'C', from: '09:00', to: '12:00' },
        { org: 'K', from: '09:30', to: '11:30' },
      ],
      tickets: [
        { issued: '09:00', firstCalled: '09:05', closed: '09:30', status: 'done' },
        { issued: '09:10', firstCalled: '09:40', called: '09:42', closed: '10:00', status: 'done' },
        { issued: '09:20', firstCalled: '10:00', closed: '10:05', status: 'no_show' },
        { issued: '11:00', closed: '11:10', status: 'cancelled' },
      ],
    });
    await w.opening({
      date: '2027-03-03',
      start: '09:00',
      end: '12:00',
      presences: [
        { org: 'C', from: '09:00', to: '12:00' },
        { org: 'K', from: '09:00', to: null },
      ],
      tickets: [{ issued: '10:00', firstCalled: '10:10', closed: '10:45', status: 'done' }],
    });
    await w.opening({
      date: '2027-03-10',
      start: '09:00',
      end: '12:00',
      presences: [{ org: 'C', from: '09:00', to: '12:00' }],
      tickets: [{ issued: '11:30', firstCalled: '11:45', closed: '12:05', status: 'done' }],
    });

    await w.referral({
      contactId: k2.id,
      requestId: k2.requestIds[0]!,
      personId: p,
      area: 'migrants',
      sentAt: at('2027-03-01', '10:00'),
      status: 'completed',
      acknowledgedAt: at('2027-03-02', '13:00'),
      acceptedAt: at('2027-03-02', '13:00'),
      overdueFrom: at('2027-03-05', '00:00'),
    });
    await w.referral({
      contactId: k3.id,
      requestId: k3.requestIds[0]!,
      personId: p,
      area: 'migrants',
      sentAt: at('2027-03-03', '11:00'),
      status: 'rejected',
      acknowledgedAt: at('2027-03-04', '09:00'),
      overdueFrom: at('2027-03-06', '00:00'),
      reason: '  Fuori competenza ',
    });
    const r3 = await w.referral({
      contactId: k4.id,
      requestId: k4.requestIds[0]!,
      personId: q,
      area: 'elderly',
      sentAt: at('2027-03-10', '12:00'),
      status: 'requested',
      overdueFrom: at('2027-03-14', '00:00'),
    });
    await w.referral({
      contactId: k4.id,
      requestId: k4.requestIds[0]!,
      personId: q,
      area: 'elderly',
      sentAt: null,
      status: 'draft',
      overdueFrom: at('2027-03-14', '00:00'),
    });
    await w.bounce({ referralId: r3, personId: q, area: 'elderly', detectedAt: at('2027-03-10', '12:00') });
    await w.feedback({ date: '2027-03-01', score: 5 });
    await w.feedback({ date: '2027-03-01', score: 4 });
    await w.feedback({ date: '2027-03-10', score: 2 });
  });
  afterAll(() => t?.close());

  it('computes every indicator of March by hand, from the monthly rollups', async () => {
    const r = await report({ from: '2027-03-01', to: '2027-03-31' });
    expect(r.source).toBe('rollup');
    expect(r.previous).toEqual({ from: '2027-01-29', to: '2027-02-28' });
    expect(values(r)).toEqual({
      contacts: 6,
      persons: 2, // P and Q
      persons_new: 1, // P (Q came first in February)
      persons_returning: 1,
      anonymous_contacts: 3,
      requests: 7,
      requests_per_contact: 1.1667, // 7 / 6
      openings: 3,
      contacts_per_opening: 1, // 3 walk-in / 3 openings
      contacts_per_operator_hour: 0.2143, // 3 / (180 + 120 + 180 + 180 + 180 = 840 min = 14 h)
      contacts_per_1000_residents: 2.6667, // (2 in Alfa + 2 in Beta) × 1000 / 1500
      tickets: 6,
      wait_median: 15, // 5, 10, 15, 30, 40
      wait_p90: 40,
      wait_max: 40,
      wait_above_target_share: 0.2, // only 40 > 30
      service_median: 20, // 18, 20, 25, 35
      service_p90: 35,
      left_unseen_share: 0.3333, // no-show + cancelled of 6
      copresence_coverage: 0.5556, // (120 + 180 + 0) / 540
      joint_assessment_rate: 0.1667,
      interpreter_share: 0.1667,
      resolved_at_desk_share: 0.7143, // 5 of 7
      referred_share: 0.1429,
      own_worker_share: 0.1429,
      repeat_requests_30d: 2, // P's legal status again on the 3rd; Q's home care (15 Feb) on the 10th
      repeat_share_30d: 0.5, // of 4 requests of identified people
      referrals: 3, // the draft does not count
      referral_accepted_share: 0.3333,
      referral_accept_median_hours: 27,
      referral_completed_share: 0.3333,
      referral_rejected_share: 0.3333,
      referrals_overdue: 1, // never acknowledged, overdue since the 14th
      bounces: 1,
      bounces_per_100_referrals: 33.3333,
      satisfaction_mean: 3.6667, // (5 + 4 + 2) / 3
      satisfaction_responses: 3,
      satisfaction_response_rate: 0.75, // 3 of 4 served
    });
    const previous = Object.fromEntries(r.values.map((v) => [v.id, v.previous]));
    expect(previous).toMatchObject({ contacts: 1, persons: 1, persons_new: 1, requests: 1, tickets: 0 });
    expect(rows(r, 'by_area')).toEqual({
      migrants: 2,
      poverty_adults: 2,
      disability: 1,
      elderly: 1,
      family_minors: 1,
    });
    expect(r.tables.find((x) => x.id === 'by_area')!.rows.map((row) => row.key)).toEqual([
      'migrants',
      'poverty_adults',
      'disability',
      'elderly',
      'family_minors',
    ]);
    expect(rows(r, 'by_hour')).toEqual({ '03': 1, '09': 2, '10': 1, '11': 1, '23': 1 });
    expect(rows(r, 'by_weekday')).toEqual({ '1': 2, '2': 0, '3': 3, '4': 0, '5': 0, '6': 0, '7': 1 });
    expect(rows(r, 'wait_distribution')).toEqual({
      '0-9': 1,
      '10-19': 2,
      '20-29': 0,
      '30-44': 2,
      '45-59': 0,
      '60+': 0,
    });
    expect(rows(r, 'by_outcome_group')).toEqual({ desk: 5, referral: 1, own_worker: 1 });
    expect(rows(r, 'referral_funnel')).toMatchObject({
      requested: 1,
      rejected: 1,
      completed: 1,
      accepted: 0,
    });
    expect(rows(r, 'referral_rejection_reasons')).toEqual({ 'fuori competenza': 1 });
    expect(rows(r, 'satisfaction_scores')).toEqual({ '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 });
    const municipalities = r.tables.find((x) => x.id === 'by_municipality')!.rows;
    expect(municipalities.find((m) => m.key === w.municipalities.m2)).toMatchObject({
      label: 'Beta',
      value: 2,
      rate: 4,
    });
    expect(municipalities.find((m) => m.key === '')).toMatchObject({
      label: 'Non indicato',
      value: 2,
      rate: null,
    });
    const days = r.tables.find((x) => x.id === 'by_day')!;
    expect(days.rows).toHaveLength(31);
    expect(days.total).toBe(6);
    expect(rows(r, 'by_day')['2027-03-28']).toBe(1);
    expect(rows(r, 'by_day')['2027-03-31']).toBe(1);
  });

  it('reads the same numbers from daily rollups for a period that is not whole months', async () => {
    const r = await report({ from: '2027-03-02', to: '2027-03-15', compare: false });
    expect(r.previous).toBeNull();
    expect(values(r)).toMatchObject({
      contacts: 2,
      persons: 2,
      persons_new: 0,
      requests: 2,
      openings: 2,
      repeat_requests_30d: 2,
    });
    expect(values(r).wait_median).toBe(10); // 10, 15
  });

  it('counts a contact past midnight on the day it started, and nothing on the next', async () => {
    const one = await report({ from: '2027-03-31', to: '2027-03-31', compare: false });
    expect(values(one)).toMatchObject({ contacts: 1, requests: 1, anonymous_contacts: 1, persons: 0 });
    const next = await report({ from: '2027-04-01', to: '2027-04-01', compare: false });
    expect(values(next).contacts).toBe(0);
  });

  it('gives zeros and empty ratios for a period without data', async () => {
    const r = await report({ from: '2026-01-01', to: '2026-01-31' });
    const v = values(r);
    expect(v).toMatchObject({ contacts: 0, persons: 0, requests: 0, tickets: 0, referrals: 0, bounces: 0 });
    for (const id of [
      'requests_per_contact',
      'wait_median',
      'wait_max',
      'copresence_coverage',
      'satisfaction_mean',
    ] as const)
      expect(v[id]).toBeNull();
    expect(r.tables.find((x) => x.id === 'by_area')!.rows).toEqual([]);
  });

  it('filters by municipality, area and organisation from the records; desk indicators stay whole', async () => {
    const beta = await report({ from: '2027-03-01', to: '2027-03-31', municipalityId: w.municipalities.m2 });
    expect(beta.source).toBe('records');
    expect(beta.filters.municipalityName).toBe('Beta');
    expect(values(beta)).toMatchObject({
      contacts: 2,
      requests: 3,
      persons: 1,
      repeat_requests_30d: 1,
      referrals: 2,
    });
    expect(values(beta).wait_median).toBe(15);
    const migrants = await report({ from: '2027-03-01', to: '2027-03-31', areaCode: 'migrants' });
    expect(values(migrants)).toMatchObject({ contacts: 2, requests: 2, referrals: 2, bounces: 0 });
    expect(rows(migrants, 'by_area')).toEqual({ migrants: 2 });
    const consorzio = await report({
      from: '2027-03-01',
      to: '2027-03-31',
      organisationId: w.tenant.organisations.consorzio,
    });
    expect(values(consorzio)).toMatchObject({ contacts: 1, joint_assessment_rate: 1 });
  });

  it('covers every desk the coordinator staffs when no desk is chosen', async () => {
    const all = await indicatorReport(
      t.ctx(w.coordinator),
      IndicatorQuery.parse({ from: '2027-03-01', to: '2027-03-31' }),
      'en',
    );
    expect(all.desks).toHaveLength(2);
    expect(values(all).contacts).toBe(7);
    expect(all.tables.find((x) => x.id === 'by_channel')!.rows.find((r) => r.key === 'walk_in')!.label).toBe(
      'In person',
    );
  });

  it('follows changes: a contact moved to another day moves its figures', async () => {
    const scope = await reportScope(t.ctx(w.coordinator), w.desk, 'it');
    const extra = await w.contact({
      date: '2027-03-02',
      time: '09:00',
      requests: [['elderly', 'home_care', 'information']],
    });
    const query = IndicatorQuery.parse({ from: '2027-03-01', to: '2027-03-31', deskId: w.desk });
    expect(values(await buildReport(t.ctx(), scope, query)).contacts).toBe(7);
    await w.setContactDate(extra.id, '2027-03-02', '2027-04-02');
    expect(values(await buildReport(t.ctx(), scope, query)).contacts).toBe(6);
    const april = IndicatorQuery.parse({ from: '2027-04-01', to: '2027-04-30', deskId: w.desk });
    expect(values(await buildReport(t.ctx(), scope, april)).contacts).toBe(1);
  });

  describe('over HTTP', () => {
    it('answers the coordinator, refuses a desk operator and names a bad field', async () => {
      const coordinator = await makeUser(t.ctx(), w.tenant, { roles: ['coordinator'] });
      const client = new Client(t.app);
      await client.signIn(coordinator.username, USER_PASSWORD);
      const ok = await client.get(`/api/indicators?from=2027-03-01&to=2027-03-31&deskId=${w.desk}`);
      expect(ok.statusCode).toBe(200);
      expect(ok.json().values.find((v: { id: string }) => v.id === 'contacts').value).toBe(6);
      const bad = await client.get(`/api/indicators?from=2027-03-31&to=2027-03-01`);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().fields).toEqual([{ field: 'to', message: "La fine non può precedere l'inizio" }]);
      const drill = await client.post('/api/indicators/drilldown', {
        query: { from: '2027-03-01', to: '2027-03-31', deskId: w.desk },
        table: 'by_area',
        key: 'migrants',
      });
      expect(drill.statusCode).toBe(200);
      expect(drill.json().rows).toHaveLength(2);
      expect(JSON.stringify(drill.json())).not.toContain('Persona');
      const audited = await t
        .ctx()
        .db.selectFrom('audit_events')
        .select('action')
        .where('action', '=', 'indicators.drilldown_viewed')
        .execute();
      expect(audited).toHaveLength(1);
      const notDrillable = await client.post('/api/indicators/drilldown', {
        query: { from: '2027-03-01', to: '2027-03-31' },
        table: 'wait_distribution',
        key: '0-9',
      });
      expect(notDrillable.statusCode).toBe(400);
      expect(notDrillable.json().fields[0].field).toBe('table');
      const operator = await makeUser(t.ctx(), w.tenant, { roles: ['desk_operator'] });
      const other = new Client(t.app);
      await other.signIn(operator.username, USER_PASSWORD);
      expect((await other.get('/api/indicators?from=2027-03-01&to=2027-03-31')).statusCode).toBe(403);
    });
  });
});
