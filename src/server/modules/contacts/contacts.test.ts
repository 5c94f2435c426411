import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { makeDesk, makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { DeskView } from '../../../shared/schemas/accounts';

// Monday 11 January 2027, 09:10 in Carmagnola (CET).
const MONDAY_0910 = new Date('2027-01-11T08:10:00.000Z');
const MARIO_CF = 'RSSMRA80A01L219M';

describeEngines('contacts at the desk', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let desk: DeskView;
  let giulia: Client; // desk operator, Comune
  let marco: Client; // desk operator, Consorzio
  let coordinator: Client; // Consorzio
  let worker: Client; // service worker, Consorzio (a case worker)
  let admin: Client;
  let giuliaId: string;
  let marcoId: string;
  let workerId: string;

  beforeAll(async () => {
    t = await startTestApp(db(), { SESSION_IDLE_MINUTES: '10080', SESSION_ABSOLUTE_MINUTES: '10080' });
    t.clock.current = new Date(MONDAY_0910);
    tenant = await makeTenant(t.ctx(), 'contacts');
    desk = await makeDesk(t.ctx(), tenant);
    const sign = async (options: Parameters<typeof makeUser>[2]) => {
      const made = await makeUser(t.ctx(), tenant, options);
      const client = new Client(t.app);
      await client.signIn(made.username, USER_PASSWORD);
      return { client, id: made.user.id };
    };
    ({ client: giulia, id: giuliaId } = await sign({
      organisationId: tenant.organisations.comune,
      fullName: 'Giulia',
    }));
    ({ client: marco, id: marcoId } = await sign({
      organisationId: tenant.organisations.consorzio,
      fullName: 'Marco',
    }));
    ({ client: coordinator } = await sign({
      organisationId: tenant.organisations.consorzio,
      roles: ['coordinator'],
    }));
    ({ client: worker, id: workerId } = await sign({
      organisationId: tenant.organisations.consorzio,
      roles: ['service_worker'],
      fullName: 'Chiara Case Worker',
    }));
    ({ client: admin } = await sign({ roles: ['admin'] }));
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.clock.current = new Date(Math.max(t.clock.current.getTime(), MONDAY_0910.getTime()));
  });

  const count = async (table: 'contacts' | 'people' | 'contact_requests') =>
    Number(
      (
        await t
          .ctx()
          .db.selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('tenant_id', '=', tenant.tenantId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const auditActions = async () =>
    (
      await t
        .ctx()
        .db.selectFrom('audit_events')
        .select('action')
        .where('tenant_id', '=', tenant.tenantId)
        .execute()
    ).map((e) => e.action);

  const request = (over: object = {}) => ({
    areaCode: 'poverty_adults',
    categoryCode: 'economic_support',
    description: 'Chiede del contributo affitti',
    outcomeCode: 'information',
    ...over,
  });
  const contact = (over: object = {}) => ({
    deskId: desk.id,
    requests: [request()],
    operatorIds: [giuliaId],
    ...over,
  });
  const mario = (over: object = {}) => ({
    givenName: 'Mario',
    familyName: 'Rossi',
    codiceFiscale: MARIO_CF,
    phone: '+39 333 123 4567',
    citizenshipGroup: 'italian',
    consents: { method: 'oral', privacyNotice: true, recordData: true, shareWithServices: true },
    ...over,
  });

  it('records an anonymous contact from a ticket: times from the ticket, ticket finished, joint when both organisations took part', async () => {
    await giulia.post(`/api/desks/${desk.id}/presence/check-in`, { counter: 'Postazione 1' });
    await marco.post(`/api/desks/${desk.id}/presence/check-in`, { counter: 'Postazione 2' });
    await giulia.post(`/api/desks/${desk.id}/tickets`, { priorityReason: null });
    const called = (await giulia.post(`/api/desks/${desk.id}/queue/call-next`, {})).json().ticket;
    t.clock.current = new Date(t.clock.current.getTime() + 60_000);
    const serving = (
      await giulia.post(`/api/tickets/${called.id}/serve`, { version: called.version })
    ).json();

    const defaults = (
      await giulia.get(`/api/desks/${desk.id}/contact-defaults?ticketId=${serving.id}`)
    ).json();
    expect(defaults.operators.map((o: { name: string }) => o.name)).toEqual(['Giulia', 'Marco']);
    expect(defaults).toMatchObject({
      channel: 'walk_in',
      draftKey: `ticket-${serving.id}`,
      ticket: { code: 'A001' },
    });

    t.clock.current = new Date(t.clock.current.getTime() + 8 * 60_000);
    const saved = await giulia.post(
      '/api/contacts',
      contact({
        ticketId: serving.id,
        operatorIds: [giuliaId, marcoId],
        profile: { ageBand: '35-44', sex: 'female', citizenshipGroup: 'non_eu' },
        heardFrom: 'poster_flyer',
        language: 'ar',
        interpreter: true,
        note: 'Tornerà con il contratto',
      }),
    );
    expect(saved.statusCode).toBe(201);
    const { contact: view, joinedExisting } = saved.json();
    expect(joinedExisting).toBe(false);
    expect(view).toMatchObject({
      channel: 'walk_in',
      person: null,
      isJoint: true,
      ticketCodes: ['A001'],
      startedAt: serving.servingAt,
      endedAt: t.clock.current.toISOString(),
      date: '2027-01-11',
      profile: { ageBand: '35-44', sex: 'female', citizenshipGroup: 'non_eu' },
      language: 'ar',
      interpreter: true,
      requests: [
        { areaCode: 'poverty_adults', categoryCode: 'economic_support', outcomeCode: 'information' },
      ],
      notes: [{ body: 'Tornerà con il contratto', confidential: false, authorName: 'Giulia' }],
    });
    const queue = (await giulia.get(`/api/desks/${desk.id}/queue`)).json();
    expect(queue.tickets.map((x: { id: string }) => x.id)).not.toContain(serving.id);
    expect(queue.counts.done).toBe(1);
    // The ticket is linked and can't get a second contact.
    const again = await giulia.post('/api/contacts', contact({ ticketId: serving.id }));
    expect(again.statusCode).toBe(400);
    expect(again.json().fields).toEqual([{ field: 'ticketId', message: expect.stringContaining('già') }]);
  });

  it('answers bad input field by field, in the user’s language, and saves nothing', async () => {
    const before = [await count('contacts'), await count('contact_requests')];
    const cases: [object, string][] = [
      [contact({ requests: [request({ categoryCode: 'not_a_category' })] }), 'requests.0.categoryCode'],
      [contact({ requests: [request({ areaCode: 'Bad Code!' })] }), 'requests.0.areaCode'],
      [contact({ requests: [request({ outcomeCode: 'orientation' })] }), 'requests.0.serviceName'],
      [
        contact({ requests: [request({ outcomeCode: 'routed_to_own_worker' })] }),
        'requests.0.careRelationId',
      ],
      [contact({ requests: [request({ description: 'x'.repeat(501) })] }), 'requests.0.description'],
      [contact({ requests: [] }), 'requests'],
      [contact({ note: 'n'.repeat(2001) }), 'note'],
      [contact({ visitorType: 'alien' }), 'visitorType'],
      [contact({ heardFrom: 'telepathy' }), 'heardFrom'],
      [contact({ channel: 'pigeon' }), 'channel'],
      [contact({ language: 'italiano' }), 'language'],
      [contact({ operatorIds: [] }), 'operatorIds'],
      [contact({ operatorIds: ['0190d6a0-0000-7000-8000-000000000000'] }), 'operatorIds'],
      [contact({ startedAt: '2027-02-01T10:00:00.000Z' }), 'startedAt'],
      [contact({ profile: { ageBand: '200+' } }), 'profile.ageBand'],
      [
        contact({ profile: { municipalityId: '0190d6a0-0000-7000-8000-000000000000' } }),
        'profile.municipalityId',
      ],
      [contact({ personId: '0190d6a0-0000-7000-8000-000000000000' }), 'personId'],
      [contact({ ticketId: '0190d6a0-0000-7000-8000-000000000000' }), 'ticketId'],
    ];
    for (const [body, field] of cases) {
      const response = await giulia.post('/api/contacts', body);
      expect(response.statusCode, field).toBe(400);
      const fields = response.json().fields.map((f: { field: string }) => f.field);
      expect(fields, JSON.stringify(response.json())).toContain(field);
      expect(response.json().message).toMatch(/dati non sono validi/);
    }
    const english = await giulia.request('POST', '/api/contacts', contact({ visitorType: 'alien' }), {
      'accept-language': 'en',
    });
    expect(english.statusCode).toBe(400);
    expect([await count('contacts'), await count('contact_requests')]).toEqual(before);
  });

  it('checks and decodes the codice fiscale, saying why it is wrong', async () => {
    const decoded = (
      await giulia.post('/api/codice-fiscale/decode', { codiceFiscale: 'rssmra80a01l219m' })
    ).json();
    expect(decoded).toMatchObject({
      valid: true,
      birthDate: '1980-01-01',
      sex: 'male',
      birthPlace: 'Torino',
    });
    const wrong = (
      await giulia.post('/api/codice-fiscale/decode', { codiceFiscale: 'RSSMRA80A01L219X' })
    ).json();
    expect(wrong).toMatchObject({ valid: false, reason: 'validation.cfChecksum' });
    expect(wrong.message).toMatch(/controllo/);
  });

  it('identifies a person: codice fiscale checked, dates not in the future, consents required', async () => {
    const before = await count('people');
    const bad: [object, string][] = [
      [mario({ codiceFiscale: 'RSSMRA80A01L219X' }), 'codiceFiscale'],
      [mario({ codiceFiscale: 'RSSMRA80' }), 'codiceFiscale'],
      [mario({ codiceFiscale: null, birthDate: '2027-06-01' }), 'birthDate'],
      [mario({ birthDate: '1981-01-01' }), 'birthDate'],
      [mario({ givenName: '' }), 'givenName'],
      [mario({ familyName: 'x'.repeat(81) }), 'familyName'],
      [mario({ phone: 'call me' }), 'phone'],
      [mario({ email: 'not-an-email' }), 'email'],
      [mario({ consents: { privacyNotice: false, recordData: true } }), 'consents.privacyNotice'],
      [mario({ consents: { privacyNotice: true, recordData: false } }), 'consents.recordData'],
    ];
    for (const [body, field] of bad) {
      const response = await giulia.post('/api/people', body);
      expect(response.statusCode, field).toBe(400);
      expect(
        response.json().fields.map((f: { field: string }) => f.field),
        field,
      ).toContain(field);
    }
    const wrongCode = (await giulia.post('/api/people', mario({ codiceFiscale: 'RSSMRA80A01L219X' }))).json();
    expect(wrongCode.fields[0].message).toMatch(/carattere di controllo/);
    expect(await count('people')).toBe(before);

    const created = await giulia.post('/api/people', mario());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      birthDate: '1980-01-01',
      sex: 'male',
      birthPlace: 'Torino',
      canRecord: true,
      ageBand: '45-54',
      consents: {
        privacy_notice: { granted: true },
        record_data: { granted: true },
        share_with_services: { granted: true },
      },
    });
    const duplicate = await giulia.post('/api/people', mario({ givenName: 'Marione' }));
    expect(duplicate.json().fields).toEqual([
      { field: 'codiceFiscale', message: expect.stringContaining('Esiste già') },
    ]);
    // Without a codice fiscale (newly arrived): fine.
    const amina = await giulia.post('/api/people', {
      givenName: 'Amina',
      familyName: 'Benali',
      birthDate: '1990-05-04',
      citizenshipGroup: 'non_eu',
      consents: { privacyNotice: true, recordData: true },
    });
    expect(amina.statusCode).toBe(201);
  });

  it('finds people by name despite accents, typos and swapped order; by codice fiscale, birth date, phone', async () => {
    const search = async (body: object) =>
      (await giulia.post('/api/people/search', body))
        .json()
        .matches.map((m: { familyName: string }) => m.familyName);
    expect(await search({ name: 'rossi mario' })).toEqual(['Rossi']);
    expect(await search({ name: 'Mario Rosi' })).toEqual(['Rossi']);
    expect(await search({ name: 'BENALÌ' })).toEqual(['Benali']);
    expect(await search({ name: 'amnia' })).toEqual(['Benali']);
    expect(await search({ name: 'ros' })).toEqual(['Rossi']);
    expect(await search({ codiceFiscale: MARIO_CF.toLowerCase() })).toEqual(['Rossi']);
    expect(await search({ codiceFiscale: 'RSSMRA80' })).toEqual(['Rossi']);
    expect(await search({ birthDate: '1990-05-04' })).toEqual(['Benali']);
    expect(await search({ phone: '333 1234567' })).toEqual(['Rossi']);
    expect(await search({ name: 'Verdi' })).toEqual([]);
    const empty = await giulia.post('/api/people/search', {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().fields[0].field).toBe('name');
    // Service workers do not search the desk's people.
    expect((await worker.post('/api/people/search', { name: 'rossi' })).statusCode).toBe(403);
    expect(await auditActions()).toContain('person.searched');
  });

  it('records an identified contact with two requests; a second visit the same day joins it', async () => {
    const [found] = (await giulia.post('/api/people/search', { name: 'rossi' })).json().matches;
    const first = await giulia.post(
      '/api/contacts',
      contact({
        personId: found.id,
        channel: 'phone',
        visitorType: 'family',
        requests: [
          request(),
          request({
            areaCode: 'elderly',
            categoryCode: 'home_care',
            outcomeCode: 'orientation',
            serviceName: 'SAD Consorzio',
          }),
        ],
      }),
    );
    expect(first.statusCode).toBe(201);
    expect(first.json().contact).toMatchObject({
      channel: 'phone',
      isJoint: false,
      person: { id: found.id, familyName: 'Rossi' },
      profile: { ageBand: '45-54', sex: 'male', citizenshipGroup: 'italian' },
      requests: [
        { outcomeCode: 'information' },
        { outcomeCode: 'orientation', serviceName: 'SAD Consorzio' },
      ],
    });
    t.clock.current = new Date(t.clock.current.getTime() + 30 * 60_000);
    const second = await marco.post(
      '/api/contacts',
      contact({
        personId: found.id,
        operatorIds: [marcoId],
        requests: [request({ outcomeCode: 'listening' })],
      }),
    );
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({
      joinedExisting: true,
      contact: { id: first.json().contact.id, isJoint: true },
    });
    expect(second.json().contact.requests).toHaveLength(3);

    const timeline = (await giulia.get(`/api/people/${found.id}/timeline`)).json();
    expect(timeline.contacts).toHaveLength(1);
    expect(timeline.consentHistory.length).toBeGreaterThanOrEqual(4);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['contact.created', 'contact.joined', 'person.timeline_viewed']),
    );
  });

  it('edits are versioned: a second operator saving over a changed record gets a conflict', async () => {
    const list = (await giulia.get(`/api/contacts?deskId=${desk.id}&from=2027-01-11&to=2027-01-11`)).json()
      .contacts;
    const target = (await giulia.get(`/api/contacts/${list[0].id}`)).json();
    const body = {
      channel: target.channel,
      visitorType: target.visitorType,
      personId: target.person?.id ?? null,
      profile: { ...target.profile },
      requests: target.requests.map((r: Record<string, unknown>) => ({ ...r, id: undefined })),
      operatorIds: target.operators.map((o: { userId: string }) => o.userId),
      version: target.version,
    };
    delete (body.profile as Record<string, unknown>).municipalityName;
    const ok = await giulia.put(`/api/contacts/${target.id}`, { ...body, heardFrom: 'word_of_mouth' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().contact).toMatchObject({ heardFrom: 'word_of_mouth', version: target.version + 1 });
    expect(ok.json().contact.requests.map((r: { id: string }) => r.id)).toEqual(
      target.requests.map((r: { id: string }) => r.id),
    );
    const late = await marco.put(`/api/contacts/${target.id}`, { ...body, heardFrom: 'other' });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toMatch(/modificato da qualcun altro/);
    expect((await giulia.get(`/api/contacts/${target.id}`)).json().heardFrom).toBe('word_of_mouth');
  });

  it('keeps confidential notes within the author’s organisation', async () => {
    const list = (await giulia.get(`/api/contacts?deskId=${desk.id}&from=2027-01-11&to=2027-01-11`)).json()
      .contacts;
    const id = list[0].id;
    const added = await marco.post(`/api/contacts/${id}/notes`, {
      body: 'Segnalazione riservata',
      confidential: true,
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().notes.some((n: { body: string }) => n.body === 'Segnalazione riservata')).toBe(true);
    const seenByComune = (await giulia.get(`/api/contacts/${id}`)).json();
    expect(seenByComune.notes.some((n: { body: string }) => n.body === 'Segnalazione riservata')).toBe(false);
    expect(seenByComune.hiddenNotes).toBe(1);
    expect((await marco.post(`/api/contacts/${id}/notes`, { body: '' })).statusCode).toBe(400);
  });

  it('refuses contacts to roles without access, and an admin never reads them', async () => {
    const list = (await giulia.get(`/api/contacts?deskId=${desk.id}&from=2027-01-11&to=2027-01-11`)).json()
      .contacts;
    expect((await admin.get(`/api/contacts/${list[0].id}`)).statusCode).toBe(403);
    expect((await worker.get(`/api/contacts/${list[0].id}`)).statusCode).toBe(403);
    expect((await admin.post('/api/contacts', contact())).statusCode).toBe(403);
    expect((await coordinator.get(`/api/contacts/${list[0].id}`)).statusCode).toBe(200);
    expect(await auditActions()).toEqual(expect.arrayContaining(['contact.viewed', 'contact.listed']));
  });

  it('shows who follows a person already in care and routes them to their case worker with a message', async () => {
    const [found] = (await giulia.post('/api/people/search', { name: 'rossi mario' })).json().matches;
    const relation = await coordinator.post('/api/care-relations', {
      personId: found.id,
      organisationId: tenant.organisations.consorzio,
      serviceName: 'Area anziani',
      caseWorkerName: 'Chiara Case Worker',
      caseWorkerContact: 'chiara@cisa31.example',
      caseWorkerUserId: workerId,
      startDate: '2026-06-01',
    });
    expect(relation.statusCode).toBe(201);
    const person = (await giulia.get(`/api/people/${found.id}`)).json();
    expect(person.careRelations).toMatchObject([
      { serviceName: 'Area anziani', caseWorkerName: 'Chiara Case Worker', active: true },
    ]);
    const routed = await giulia.post(
      '/api/contacts',
      contact({
        personId: found.id,
        channel: 'email',
        startedAt: '2027-01-11T08:00:00.000Z',
        requests: [
          request({
            areaCode: 'elderly',
            categoryCode: 'home_care',
            outcomeCode: 'routed_to_own_worker',
            careRelationId: relation.json().id,
            messageToCaseWorker: 'È passato allo sportello, chiede di essere richiamato',
          }),
        ],
      }),
    );
    expect(routed.statusCode, routed.body).toBe(201);
    expect(routed.json().contact.requests.at(-1)).toMatchObject({
      outcomeCode: 'routed_to_own_worker',
      caseWorkerMessaged: true,
    });
    const inbox = (await worker.get('/api/messages')).json();
    expect(inbox.unread).toBe(1);
    expect(inbox.messages[0]).toMatchObject({
      personName: expect.stringContaining('Rossi'),
      fromName: 'Giulia',
    });
  });

  it('withdrawing the consent to record erases identifying data and stops identified contacts', async () => {
    const amina = (await giulia.post('/api/people/search', { name: 'benali' })).json().matches[0];
    const withdrawn = await giulia.post(`/api/people/${amina.id}/consents`, {
      kind: 'record_data',
      granted: false,
      method: 'written',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({
      givenName: '',
      familyName: '',
      birthDate: null,
      canRecord: false,
      citizenshipGroup: 'non_eu',
      consents: { record_data: { granted: false, method: 'written' } },
    });
    expect(withdrawn.json().anonymisedAt).not.toBeNull();
    expect((await giulia.post('/api/people/search', { name: 'benali' })).json().matches).toEqual([]);
    const refused = await giulia.post('/api/contacts', contact({ personId: amina.id }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0]).toMatchObject({
      field: 'personId',
      message: expect.stringContaining('anonimo'),
    });
    expect(await auditActions()).toEqual(expect.arrayContaining(['consent.recorded', 'person.anonymised']));
  });

  it('flags likely duplicates; a coordinator merges them without losing a contact, and can undo', async () => {
    const twin = (a: string) => ({
      givenName: 'Lucia',
      familyName: a,
      birthDate: '1950-03-03',
      consents: { privacyNotice: true, recordData: true },
    });
    const a = (await giulia.post('/api/people', twin('Ferrero'))).json();
    const b = (await giulia.post('/api/people', twin('FERRERÒ'))).json();
    expect(b.possibleDuplicates).toMatchObject([{ id: a.id, reasons: ['name', 'birth_date'] }]);
    t.clock.current = new Date('2027-01-13T09:00:00.000Z');
    await giulia.post('/api/contacts', contact({ personId: a.id }));
    await giulia.post('/api/contacts', contact({ personId: b.id, startedAt: '2027-01-12T09:00:00.000Z' }));

    expect((await giulia.get('/api/people/duplicates')).statusCode).toBe(403);
    const pairs = (await coordinator.get('/api/people/duplicates')).json().pairs;
    expect(pairs).toContainEqual(expect.objectContaining({ reasons: ['name', 'birth_date'] }));

    const merged = await coordinator.post('/api/people/merges', { keepId: a.id, mergeId: b.id });
    expect(merged.statusCode).toBe(201);
    expect(merged.json()).toMatchObject({ keptId: a.id, mergedId: b.id, movedContacts: 1, undoneAt: null });
    expect((await giulia.get(`/api/people/${a.id}/timeline`)).json().contacts).toHaveLength(2);
    expect((await giulia.get(`/api/people/${b.id}`)).json().mergedIntoId).toBe(a.id);
    expect((await giulia.post('/api/contacts', contact({ personId: b.id }))).statusCode).toBe(409);

    t.clock.current = new Date(t.clock.current.getTime() + 60_000);
    const undone = await coordinator.post(`/api/people/merges/${merged.json().id}/undo`);
    expect(undone.statusCode).toBe(200);
    expect(undone.json().undoneAt).not.toBeNull();
    expect((await giulia.get(`/api/people/${a.id}/timeline`)).json().contacts).toHaveLength(1);
    expect((await giulia.get(`/api/people/${b.id}/timeline`)).json().contacts).toHaveLength(1);
    expect((await coordinator.post(`/api/people/merges/${merged.json().id}/undo`)).statusCode).toBe(409);
    expect(await auditActions()).toEqual(expect.arrayContaining(['person.merged', 'person.merge_undone']));
  });

  it('keeps drafts on the server, for their author only', async () => {
    const key = `ticket-${'0190d6a0-0000-7000-8000-000000000001'}`;
    const body = { deskId: desk.id, body: { requests: [{ areaCode: 'elderly' }], note: 'a metà' } };
    expect((await giulia.put(`/api/contact-drafts/${key}`, body)).statusCode).toBe(200);
    expect(
      (await giulia.put(`/api/contact-drafts/${key}`, { ...body, body: { note: 'più avanti' } })).statusCode,
    ).toBe(200);
    expect((await giulia.get(`/api/contact-drafts/${key}`)).json().body).toEqual({ note: 'più avanti' });
    expect(
      (await giulia.get('/api/contact-drafts')).json().drafts.map((d: { key: string }) => d.key),
    ).toContain(key);
    expect((await marco.get(`/api/contact-drafts/${key}`)).statusCode).toBe(404);
    expect((await giulia.put('/api/contact-drafts/BAD KEY', body)).statusCode).toBe(400);
    const huge = await giulia.put(`/api/contact-drafts/${key}`, {
      deskId: desk.id,
      body: { note: 'x'.repeat(70_000) },
    });
    expect(huge.statusCode).toBe(400);
    expect((await giulia.request('DELETE', `/api/contact-drafts/${key}`)).statusCode).toBe(200);
    expect((await giulia.get(`/api/contact-drafts/${key}`)).statusCode).toBe(404);
  });
});
