import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeDesk, makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { DeskView } from '../../../shared/schemas/accounts';
import { seedFeedback } from '../../demo/feedback';

// Monday 11 January 2027, 09:10 in Carmagnola (CET): the desk is open.
const MONDAY_0910 = new Date('2027-01-11T08:10:00.000Z');
const UNKNOWN_ID = '0190f0e4-0000-7000-8000-000000000000';

describeEngines('satisfaction feedback', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let desk: DeskView;
  let operator: Client;
  let kiosk: Client;

  const signedIn = async (roles: ('desk_operator' | 'coordinator')[], organisationId: string) => {
    const user = await makeUser(t.ctx(), tenant, { roles, organisationId });
    const client = new Client(t.app);
    await client.signIn(user.username, USER_PASSWORD);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp(db(), { SESSION_IDLE_MINUTES: '10080' });
    t.clock.current = MONDAY_0910;
    tenant = await makeTenant(t.ctx(), 'feedback');
    desk = await makeDesk(t.ctx(), tenant);
    operator = await signedIn(['desk_operator'], tenant.organisations.comune);
    await operator.post(`/api/desks/${desk.id}/presence/check-in`, { counter: 'Postazione 1' });
    const admin = new Client(t.app);
    await admin.signIn('admin@feedback', 'cavallo-blu-sul-tetto-42');
    const created = await admin.post('/api/devices', { name: 'Ingresso', deskId: desk.id, kind: 'kiosk' });
    kiosk = new Client(t.app);
    await kiosk.post('/api/device/pair', {
      code: decodeURIComponent(created.json().pairingUrl.split('#code=')[1]),
    });
    kiosk.csrfToken = (await kiosk.get('/api/device/session')).json().csrfToken;
  });
  afterAll(() => t.close());

  /** A ticket taken at the desk and, unless told otherwise, called, served and done. */
  async function ticket(isServed = true, at: DeskView = desk): Promise<string> {
    t.clock.advanceMinutes(1);
    const issued = (await operator.post(`/api/desks/${at.id}/tickets`, { priorityReason: null })).json();
    if (!isServed) return issued.id;
    const called = (await operator.post(`/api/desks/${at.id}/queue/call-next`, {})).json().ticket;
    const act = (x: { id: string; version: number }, action: string) =>
      operator.post(`/api/tickets/${x.id}/${action}`, { version: x.version });
    const serving = (await act(called, 'serve')).json();
    expect((await act(serving, 'finish')).json().status).toBe('done');
    return called.id;
  }

  /** A browser without JavaScript: urlencoded fields, no CSRF header, no cookie. */
  const submitForm = (fields: Record<string, string>, query = '', headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/valuta/${desk.id}${query}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'accept-language': 'it-IT',
        ...headers,
      },
      payload: new URLSearchParams(fields).toString(),
    });

  const stored = () =>
    t
      .ctx()
      .db.selectFrom('feedback')
      .selectAll()
      .where('tenant_id', '=', tenant.tenantId)
      .orderBy('created_at')
      .execute();

  it('takes an anonymous answer at the kiosk and marks the desk’s day for the indicators', async () => {
    const response = await kiosk.post('/api/kiosk/feedback', { score: 5, comment: '  Gentilissimi  ' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ ok: true });
    const [row] = await stored();
    expect(row).toMatchObject({
      desk_id: desk.id,
      date: '2027-01-11',
      channel: 'kiosk',
      score: 5,
      comment: 'Gentilissimi',
      ticket_id: null,
    });
    const dirty = await t
      .ctx()
      .db.selectFrom('rollup_dirty')
      .select(['desk_id', 'date'])
      .where('tenant_id', '=', tenant.tenantId)
      .execute();
    expect(dirty).toContainEqual({ desk_id: desk.id, date: '2027-01-11' });
    expect((await kiosk.get('/api/kiosk/feedback-link')).json()).toEqual({
      url: `${t.config.publicUrl}/valuta/${desk.id}`,
    });
    const notKiosk = await new Client(t.app).post('/api/kiosk/feedback', { score: 4 });
    expect(notKiosk.json().error).toBe('device_required');
  });

  it('refuses a score outside 1–5, naming the field in the kiosk’s language', async () => {
    const italian = await kiosk.post('/api/kiosk/feedback', { score: 6 });
    expect(italian.statusCode).toBe(400);
    expect(italian.json().fields).toEqual([{ field: 'score', message: 'Il voto va da 1 a 5' }]);
    kiosk.language = 'en';
    const english = await kiosk.post('/api/kiosk/feedback', { score: 0 });
    kiosk.language = 'it';
    expect(english.json().fields).toEqual([{ field: 'score', message: 'The score goes from 1 to 5' }]);
  });

  it('takes one answer per served ticket of the desk', async () => {
    const waiting = await ticket(false);
    const early = await kiosk.post('/api/kiosk/feedback', { score: 3, ticketId: waiting });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields).toEqual([
      { field: 'ticketId', message: 'Questo numero non è ancora stato servito: rispondi dopo il colloquio' },
    ]);
    const unknown = await kiosk.post('/api/kiosk/feedback', { score: 3, ticketId: UNKNOWN_ID });
    expect(unknown.json().fields).toEqual([
      { field: 'ticketId', message: 'Numero sconosciuto per questo sportello' },
    ]);
    const served = await ticket();
    expect((await kiosk.post('/api/kiosk/feedback', { score: 4, ticketId: served })).statusCode).toBe(201);
    const second = await kiosk.post('/api/kiosk/feedback', { score: 1, ticketId: served });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      error: 'already_answered',
      message: 'Per questo numero è già arrivata una risposta: grazie!',
    });
  });

  it('serves the QR code’s form as HTML that works without JavaScript', async () => {
    const served = await ticket();
    const form = await t.app.inject({ url: `/valuta/${desk.id}?t=${served}` });
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toMatch(/^text\/html/);
    expect(form.body).toContain('<html lang="it"');
    expect(form.body).toMatch(/<fieldset[^>]*><legend>Come valuti il servizio ricevuto\?<\/legend>/);
    expect(form.body.match(/<input type="radio"[^>]* name="score"/g)).toHaveLength(5);
    expect(form.body).toContain(`<input type="hidden" name="t" value="${served}"/>`);
    expect(form.body).not.toContain('<script');

    const missing = await submitForm({ score: '', comment: 'Attesa breve', t: served });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('<p class="error" id="score-error">Il voto va da 1 a 5</p>');
    expect(missing.body).toContain('Attesa breve</textarea>');

    const sent = await submitForm({ score: '4', comment: 'Attesa breve', t: served });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Grazie per la tua risposta');
    expect((await stored()).at(-1)).toMatchObject({ channel: 'link', score: 4, ticket_id: served });

    const again = await submitForm({ score: '2', comment: '', t: served });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Per questo numero è già arrivata una risposta: grazie!');
    const poster = await submitForm({ score: '5', comment: '' }, '?lang=en');
    expect(poster.body).toContain('Thank you for your answer');
  });

  it('limits answers from one address, with a page that says so', async () => {
    const strict = await startTestApp(db(), { LOGIN_RATE_PER_MINUTE: '2' });
    const send = () =>
      strict.app.inject({
        method: 'POST',
        url: `/valuta/${desk.id}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'score=3&comment=',
      });
    try {
      expect([(await send()).statusCode, (await send()).statusCode]).toEqual([200, 200]);
      const refused = await send();
      expect(refused.statusCode).toBe(429);
      expect(refused.body).toContain('Troppe risposte');
    } finally {
      await strict.close();
    }
  });

  it('speaks English when asked, and answers an unknown desk with a page saying so', async () => {
    const english = await t.app.inject({
      url: `/valuta/${desk.id}`,
      headers: { 'accept-language': 'en-GB' },
    });
    expect(english.body).toContain('<html lang="en"');
    expect(english.body).toContain('How do you rate the service you received?');
    expect((await t.app.inject({ url: `/valuta/${desk.id}?lang=en` })).body).toContain('How did it go?');
    for (const id of [UNKNOWN_ID, 'not-a-desk']) {
      const unknown = await t.app.inject({ url: `/valuta/${id}` });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.body).toContain('Sportello non trovato');
    }
  });

  it('shows comments to coordinators of the organisations staffing the desk, and to no one else', async () => {
    const comune = await signedIn(['coordinator'], tenant.organisations.comune);
    const period = 'from=2027-01-01&to=2027-01-31';
    const comments = await comune.get(`/api/feedback/comments?${period}&deskId=${desk.id}`);
    expect(comments.statusCode).toBe(200);
    expect(comments.json()).toEqual([
      { date: '2027-01-11', score: 4, comment: 'Attesa breve', channel: 'link' },
      { date: '2027-01-11', score: 5, comment: 'Gentilissimi', channel: 'kiosk' },
    ]);
    expect((await comune.get('/api/feedback/comments?from=2027-02-01&to=2027-02-28')).json()).toEqual([]);
    const asl = await signedIn(['coordinator'], tenant.organisations.asl);
    expect((await asl.get(`/api/feedback/comments?${period}`)).json()).toEqual([]);
    expect((await operator.get(`/api/feedback/comments?${period}`)).statusCode).toBe(403);
  });

  it('gives the demo answers for some served tickets (at most once each), scores 1–5', async () => {
    const other = await makeDesk(t.ctx(), tenant);
    await operator.post(`/api/desks/${other.id}/presence/check-in`, { counter: 'Postazione 1' });
    const served = [];
    for (let i = 0; i < 12; i++) served.push(await ticket(true, other));
    t.clock.advanceMinutes(6 * 60); // the answers come in after the meetings
    const stored = await seedFeedback(t.ctx(), tenant.tenantId, other.id, 3);
    const rows = await t
      .ctx()
      .db.selectFrom('feedback')
      .select(['ticket_id', 'score', 'channel'])
      .where('desk_id', '=', other.id)
      .execute();
    expect(rows).toHaveLength(stored);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(8);
    for (const row of rows) {
      expect(row.score).toBeGreaterThanOrEqual(1);
      expect(row.score).toBeLessThanOrEqual(5);
      expect(row.channel === 'link' ? served : [null]).toContain(row.ticket_id);
    }
  });
});
