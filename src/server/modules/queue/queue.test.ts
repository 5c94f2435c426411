import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
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
import { closeDueOpenings } from './closing.service';

// Monday 11 January 2027, 09:10 in Carmagnola (CET).
const MONDAY_0910 = new Date('2027-01-11T08:10:00.000Z');

describeEngines('walk-in queue', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let desk: DeskView;
  let giulia: Client; // Comune
  let marco: Client; // Consorzio
  let marcoId: string;
  let returned: string; // a ticket sent back to the queue and never called again
  let recalled: string; // a ticket called and recalled, whose person never came

  beforeAll(async () => {
    // The clock jumps across days here: sessions must outlast it.
    t = await startTestApp(db(), { SESSION_IDLE_MINUTES: '10080', SESSION_ABSOLUTE_MINUTES: '10080' });
    tenant = await makeTenant(t.ctx(), 'queue');
    desk = await makeDesk(t.ctx(), tenant);
    const g = await makeUser(t.ctx(), tenant, {
      organisationId: tenant.organisations.comune,
      fullName: 'Giulia',
    });
    const m = await makeUser(t.ctx(), tenant, {
      organisationId: tenant.organisations.consorzio,
      fullName: 'Marco',
    });
    marcoId = m.user.id;
    giulia = new Client(t.app);
    marco = new Client(t.app);
    await giulia.signIn(g.username, USER_PASSWORD);
    await marco.signIn(m.username, USER_PASSWORD);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.clock.current = new Date(MONDAY_0910);
  });

  const queue = async (client: Client = giulia) => (await client.get(`/api/desks/${desk.id}/queue`)).json();
  const issue = (priorityReason: string | null = null, client: Client = giulia) =>
    client.post(`/api/desks/${desk.id}/tickets`, { priorityReason });
  const callNext = async (client: Client) =>
    (await client.post(`/api/desks/${desk.id}/queue/call-next`, {})).json().ticket;
  const act = (client: Client, ticket: { id: string; version: number }, action: string, body: object = {}) =>
    client.post(`/api/tickets/${ticket.id}/${action}`, { version: ticket.version, ...body });

  it('tells screens the server’s time, so a wrong clock on a tablet does not matter', async () => {
    const response = await giulia.get(`/api/desks/${desk.id}/queue`);
    expect(response.headers['x-server-time']).toBe(MONDAY_0910.toISOString());
    expect(response.json().status.now).toBe(MONDAY_0910.toISOString());
  });

  it('refuses queue work before checking in, and warns while one organisation is missing', async () => {
    const before = await issue();
    expect(before.statusCode).toBe(201);
    expect((await giulia.post(`/api/desks/${desk.id}/queue/call-next`, {})).json().error).toBe(
      'not_checked_in',
    );
    const checkedIn = await giulia.post(`/api/desks/${desk.id}/presence/check-in`, {
      counter: 'Postazione 1',
    });
    expect(checkedIn.json().coPresence).toMatchObject({
      isComplete: false,
      missing: [{ name: 'Consorzio CISA 31' }],
    });
    const both = await marco.post(`/api/desks/${desk.id}/presence/check-in`, { counter: 'Postazione 2' });
    expect(both.json().coPresence).toEqual({ isComplete: true, missing: [] });
    expect(both.json().myPresence).toMatchObject({
      counter: 'Postazione 2',
      organisationName: 'Consorzio CISA 31',
    });
    // Clean slate for the next tests: the first ticket is cancelled.
    const [first] = (await queue()).tickets;
    expect((await act(giulia, first, 'cancel')).json().status).toBe('cancelled');
  });

  it('numbers tickets per series and calls priority ones first, never more than two in a row', async () => {
    const codes = [];
    for (const reason of [null, null, 'elderly', 'pregnancy', 'disability', null])
      codes.push((await issue(reason)).json().code);
    expect(codes).toEqual(['A002', 'A003', 'P001', 'P002', 'P003', 'A004']);
    expect((await queue()).tickets.map((x: { code: string }) => x.code)).toEqual([
      'P001',
      'P002',
      'A002',
      'P003',
      'A003',
      'A004',
    ]);
    const called = [];
    for (let i = 0; i < 3; i++) {
      const ticket = await callNext(i % 2 ? marco : giulia);
      called.push(ticket.code);
      await act(i % 2 ? marco : giulia, ticket, 'cancel');
    }
    expect(called).toEqual(['P001', 'P002', 'A002']);
  });

  it('lets a standard ticket that waited too long go first', async () => {
    t.clock.advanceMinutes(31);
    const next = await callNext(giulia);
    expect(next.code).toBe('A003');
    await act(giulia, next, 'cancel');
  });

  it('runs a ticket through call, recall, serving and done, with the counter shown', async () => {
    const called = await callNext(giulia);
    expect(called).toMatchObject({
      code: 'P003',
      status: 'called',
      counter: 'Postazione 1',
      operatorName: 'Giulia',
    });
    const recalled = (await act(giulia, called, 'recall')).json();
    expect(recalled.recalls).toBe(1);
    const early = await act(giulia, recalled, 'no-show');
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toBe('Si può segnare l’assenza solo dopo 2 richiami'.replace('’', "'"));
    const serving = (await act(giulia, recalled, 'serve')).json();
    expect(serving.status).toBe('serving');
    const stale = await act(giulia, recalled, 'finish');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe('ticket_changed');
    expect((await act(giulia, serving, 'finish')).json()).toMatchObject({
      status: 'done',
      closedAt: expect.any(String),
    });
  });

  it('transfers a ticket to the other operator, whose next call takes it', async () => {
    const ticket = await callNext(giulia);
    expect(ticket.code).toBe('A004');
    const moved = (await act(giulia, ticket, 'transfer', { toUserId: marcoId })).json();
    expect(moved).toMatchObject({ status: 'transferred', transferredToName: 'Marco' });
    await issue(); // A005 waits too, but the transferred ticket is Marco's first
    expect((await callNext(marco)).code).toBe('A004');
    expect((await callNext(giulia)).code).toBe('A005');
  });

  it('gives two operators pressing "call next" at once two different tickets', async () => {
    for (const ticket of (await queue()).tickets) {
      if (ticket.status === 'called')
        await act(ticket.operatorId === marcoId ? marco : giulia, ticket, 'cancel');
    }
    await issue();
    await issue();
    const [a, b] = await Promise.all([callNext(giulia), callNext(marco)]);
    expect(a.code).not.toBe(b.code);
    expect([a.code, b.code].sort()).toEqual(['A006', 'A007']);
    await act(giulia, a, 'return');
    await act(marco, b, 'recall');
    [returned, recalled] = [a.code, b.code];
  });

  it('keeps operators of other organisations and signed-out people away', async () => {
    const asl = await makeUser(t.ctx(), tenant, { organisationId: tenant.organisations.asl });
    const outsider = new Client(t.app);
    await outsider.signIn(asl.username, USER_PASSWORD);
    const refused = await outsider.get(`/api/desks/${desk.id}/queue`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('desk_not_staffed');
    expect((await new Client(t.app).get(`/api/desks/${desk.id}/queue`)).statusCode).toBe(401);
  });

  it('at closing time closes what is left, counts it, and checks everyone out', async () => {
    t.clock.current = new Date('2027-01-11T11:31:00.000Z'); // 12:31, past the 30-minute grace
    expect(await closeDueOpenings(t.ctx())).toBe(1);
    expect(await closeDueOpenings(t.ctx())).toBe(0);
    t.clock.current = new Date('2027-01-11T11:35:00.000Z');
    const state = await queue();
    expect(state.opening).toBeNull();
    expect(state.status.isOpen).toBe(false);
    expect(state.status.next).toMatchObject({ date: '2027-01-13' });
    const closed = await t
      .ctx()
      .db.selectFrom('tickets')
      .select(['code', 'status'])
      .where('desk_id', '=', desk.id)
      .orderBy('code')
      .execute();
    const statuses = Object.fromEntries(closed.map((x) => [x.code, x.status]));
    expect(statuses[returned]).toBe('not_served');
    expect(statuses[recalled]).toBe('no_show');
    expect(statuses.P003).toBe('done');
    const presences = await t
      .ctx()
      .db.selectFrom('presences')
      .select(['checkout_reason'])
      .where('desk_id', '=', desk.id)
      .execute();
    expect(presences.every((p) => p.checkout_reason !== null)).toBe(true);
    expect((await issue()).json().error).toBe('no_opening');
  });

  it('restarts numbers at the next opening', async () => {
    t.clock.current = new Date('2027-01-13T08:05:00.000Z'); // Wednesday 09:05
    expect((await issue()).json().code).toBe('A001');
  });

  it('records closures, extra and adjusted openings for the people entitled to', async () => {
    const admin = new Client(t.app);
    await admin.signIn('admin@queue', ADMIN_PASSWORD);
    const closure = await admin.post(`/api/desks/${desk.id}/closures`, {
      date: '2027-01-18',
      reason: 'Formazione del personale',
    });
    expect(closure.statusCode).toBe(201);
    expect(
      (await admin.post(`/api/desks/${desk.id}/closures`, { date: '2027-01-18', reason: 'Altro' })).json()
        .fields,
    ).toEqual([{ field: 'date', message: "C'è già una chiusura in questa data" }]);
    expect(
      (await giulia.post(`/api/desks/${desk.id}/closures`, { date: '2027-01-20', reason: 'X' })).statusCode,
    ).toBe(403);
    const coordinator = await makeUser(t.ctx(), tenant, {
      roles: ['coordinator'],
      organisationId: tenant.organisations.consorzio,
    });
    const coord = new Client(t.app);
    await coord.signIn(coordinator.username, USER_PASSWORD);
    const extra = await coord.post(`/api/desks/${desk.id}/openings/extra`, {
      date: '2027-01-22',
      opensAt: '14:00',
      closesAt: '16:00',
      note: 'Bando affitti',
    });
    expect(extra.json()).toMatchObject({
      kind: 'extra',
      start: '2027-01-22T13:00:00.000Z',
      note: 'Bando affitti',
    });
    const overlap = await coord.post(`/api/desks/${desk.id}/openings/extra`, {
      date: '2027-01-20',
      opensAt: '11:00',
      closesAt: '13:00',
    });
    expect(overlap.json().fields[0].field).toBe('opensAt');
    const adjusted = await coord.post(`/api/desks/${desk.id}/openings/adjust`, {
      scheduledStart: '2027-01-20T08:00:00.000Z',
      opensAt: '08:45',
      closesAt: '12:30',
      note: 'Molte persone',
    });
    expect(adjusted.json()).toMatchObject({
      start: '2027-01-20T07:45:00.000Z',
      end: '2027-01-20T11:30:00.000Z',
    });
    const calendar = (
      await giulia.get(`/api/desks/${desk.id}/calendar?from=2027-01-18&to=2027-01-24`)
    ).json();
    expect(calendar.openings.map((o: { date: string }) => o.date)).toEqual(['2027-01-20', '2027-01-22']);
    expect(calendar.closures).toEqual([
      {
        date: '2027-01-18',
        kind: 'closure',
        reason: 'Formazione del personale',
        closureId: closure.json().closureId,
      },
    ]);
    expect(
      (await admin.request('DELETE', `/api/desks/${desk.id}/closures/${closure.json().closureId}`))
        .statusCode,
    ).toBe(204);
  });
});
