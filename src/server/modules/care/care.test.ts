import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import type { CareRelationView } from '../../../shared/schemas/people';
import { type Actor, inTransaction } from '../../context';
import { newId } from '../../ids';
import { createPersonRecord } from '../contacts/people.service';
import { careRelationsOf, findCareRelation } from './care.service';
import { sendMessage } from './messages.service';

describeEngines('care relations and messages to case workers', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let coordinator: Client;
  let operator: Client;
  let operatorActor: Actor;
  let worker: Client;
  let workerId: string;
  let mario: string;
  let relation: CareRelationView;

  const makePerson = (givenName: string, familyName: string, birthDate: string | null = null) =>
    inTransaction(t.ctx(), (tx) =>
      createPersonRecord(
        tx,
        tenant.tenantId,
        {
          givenName,
          familyName,
          codiceFiscale: null,
          birthDate,
          sex: 'unknown',
          birthPlace: null,
          phone: null,
          email: null,
          municipalityId: null,
          citizenshipGroup: 'unknown',
        },
        'desk',
      ),
    );
  const events = (action: string) =>
    t
      .ctx()
      .db.selectFrom('audit_events')
      .select(['actor_id', 'entity_id', 'changed_fields'])
      .where('tenant_id', '=', tenant.tenantId)
      .where('action', '=', action)
      .orderBy('seq')
      .execute();
  const countRelations = async () =>
    (
      await t
        .ctx()
        .db.selectFrom('care_relations')
        .select('id')
        .where('tenant_id', '=', tenant.tenantId)
        .execute()
    ).length;

  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'care');
    const c = await makeUser(t.ctx(), tenant, { roles: ['coordinator'] });
    const o = await makeUser(t.ctx(), tenant, { roles: ['desk_operator'], fullName: 'Giulia Sportello' });
    const w = await makeUser(t.ctx(), tenant, {
      roles: ['service_worker'],
      organisationId: tenant.organisations.consorzio,
      fullName: 'Anna Assistente',
    });
    operatorActor = o.actor;
    workerId = w.user.id;
    coordinator = new Client(t.app);
    operator = new Client(t.app);
    worker = new Client(t.app);
    await coordinator.signIn(c.username, USER_PASSWORD);
    await operator.signIn(o.username, USER_PASSWORD);
    await worker.signIn(w.username, USER_PASSWORD);
    mario = await makePerson('Mario', 'Rossi', '1950-03-02');
  });
  afterAll(() => t.close());

  const input = (overrides: object = {}) => ({
    personId: mario,
    organisationId: tenant.organisations.consorzio,
    serviceName: 'Servizio sociale professionale',
    caseWorkerName: 'Anna Assistente',
    caseWorkerContact: 'anna@cisa31.example.it',
    caseWorkerUserId: workerId,
    startDate: '2026-05-01',
    endDate: null,
    externalRef: '',
    ...overrides,
  });

  it('records a relation by hand, audited, active from its start', async () => {
    const created = await coordinator.post('/api/care-relations', input());
    expect(created.statusCode).toBe(201);
    relation = created.json();
    expect(relation).toMatchObject({
      personId: mario,
      personName: 'Mario Rossi',
      organisationName: 'Consorzio CISA 31',
      caseWorkerUserId: workerId,
      startDate: '2026-05-01',
      endDate: null,
      active: true,
      source: 'manual',
      externalRef: null,
      version: 1,
    });
    const [event] = await events('care.created');
    expect(event).toMatchObject({ entity_id: relation.id });
    expect(JSON.parse(event!.changed_fields)).toContain('case_worker_name');
  });

  it('refuses bad input field by field and saves nothing', async () => {
    const merged = await makePerson('Mario', 'Rossi');
    await t.ctx().db.updateTable('people').set({ merged_into_id: mario }).where('id', '=', merged).execute();
    const before = await countRelations();
    const cases: [object, string, string][] = [
      [{ personId: 'x' }, 'personId', 'Identificativo non valido'],
      [{ personId: newId() }, 'personId', 'Persona sconosciuta'],
      [{ personId: merged }, 'personId', 'Persona sconosciuta'],
      [{ organisationId: newId() }, 'organisationId', 'Ente sconosciuto'],
      [{ caseWorkerUserId: newId() }, 'caseWorkerUserId', 'Utente sconosciuto'],
      [{ serviceName: ' ' }, 'serviceName', 'Campo obbligatorio'],
      [{ caseWorkerName: 'x'.repeat(121) }, 'caseWorkerName', 'Testo troppo lungo'],
      [{ caseWorkerContact: 'x'.repeat(201) }, 'caseWorkerContact', 'Testo troppo lungo'],
      [{ startDate: '01/05/2026' }, 'startDate', 'Data non valida'],
      [{ endDate: '2026-13-01' }, 'endDate', 'Data non valida'],
      [{ endDate: '2026-04-30' }, 'endDate', "La fine non può precedere l'inizio"],
      [{ externalRef: 'x'.repeat(81) }, 'externalRef', 'Testo troppo lungo'],
    ];
    for (const [overrides, field, message] of cases) {
      const response = await coordinator.post('/api/care-relations', input(overrides));
      expect(response.statusCode, field).toBe(400);
      expect(response.json().fields[0].field, field).toBe(field);
      expect(response.json().fields[0].message, field).toContain(message);
    }
    expect(await countRelations()).toBe(before);
  });

  it('lets coordinators manage the registry and desk staff read it', async () => {
    expect((await operator.post('/api/care-relations', input())).statusCode).toBe(403);
    expect(
      (await operator.put(`/api/care-relations/${relation.id}`, { ...input(), version: 1 })).statusCode,
    ).toBe(403);
    expect((await operator.post('/api/care-relations/import', { csv: 'x', dryRun: true })).statusCode).toBe(
      403,
    );
    expect((await worker.get('/api/care-relations')).statusCode).toBe(403);
    expect((await operator.get('/api/care-relations')).statusCode).toBe(200);
  });

  it('ends a relation; a stale version is a conflict', async () => {
    const ended = await coordinator.put(`/api/care-relations/${relation.id}`, {
      ...input(),
      endDate: '2027-01-10',
      version: 1,
    });
    expect(ended.json()).toMatchObject({ endDate: '2027-01-10', active: false, version: 2 });
    const stale = await coordinator.put(`/api/care-relations/${relation.id}`, { ...input(), version: 1 });
    expect(stale.statusCode).toBe(409);
    const badUser = await coordinator.put(`/api/care-relations/${relation.id}`, {
      ...input({ caseWorkerUserId: newId() }),
      version: 2,
    });
    expect(badUser.json().fields).toEqual([{ field: 'caseWorkerUserId', message: 'Utente sconosciuto' }]);
    expect(
      (await coordinator.put(`/api/care-relations/${newId()}`, { ...input(), version: 1 })).statusCode,
    ).toBe(404);
    const [event] = await events('care.updated');
    expect(JSON.parse(event!.changed_fields)).toEqual(['end_date']);
    const reopened = await coordinator.put(`/api/care-relations/${relation.id}`, {
      ...input(),
      endDate: '2027-01-11',
      version: 2,
    });
    expect(reopened.json()).toMatchObject({ active: true, version: 3 });
  });

  it('lists relations of a person, active ones only on request, as an audited read', async () => {
    const luigi = await makePerson('Luigi', 'Bianchi');
    await coordinator.post('/api/care-relations', input({ personId: luigi, startDate: '2027-02-01' }));
    const all = (await operator.get('/api/care-relations')).json().relations as CareRelationView[];
    expect(all.map((r) => r.personName).sort()).toEqual(['Luigi Bianchi', 'Mario Rossi']);
    const future = all.find((r) => r.personId === luigi)!;
    expect(future.active).toBe(false);
    const active = (await operator.get(`/api/care-relations?personId=${luigi}&activeOnly=true`)).json();
    expect(active.relations).toEqual([]);
    const bad = await operator.get('/api/care-relations?personId=nobody&limit=0');
    expect(
      bad
        .json()
        .fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['limit', 'personId']);
    const listed = await events('care.listed');
    expect(listed.at(-1)).toMatchObject({ actor_id: operatorActor.userId, entity_id: luigi });
  });

  it('gives other services the relations running on a day, without their own audit', async () => {
    const ctx = t.ctx();
    const today = await careRelationsOf(ctx, tenant.tenantId, [mario], { activeOn: '2027-01-11' });
    expect(today.map((r) => r.id)).toEqual([relation.id]);
    expect(await careRelationsOf(ctx, tenant.tenantId, [mario], { activeOn: '2027-01-12' })).toEqual([]);
    expect(await careRelationsOf(ctx, tenant.tenantId, [])).toEqual([]);
    expect((await findCareRelation(ctx, tenant.tenantId, relation.id))?.caseWorkerName).toBe(
      'Anna Assistente',
    );
    expect(await findCareRelation(ctx, tenant.tenantId, newId())).toBeNull();
    const other = await makeTenant(t.ctx(), 'care-other');
    expect(await findCareRelation(ctx, other.tenantId, relation.id)).toBeNull();
  });

  it('delivers a message to the case worker alone, who marks it read', async () => {
    const asOperator = t.ctx(operatorActor);
    await expect(
      sendMessage(asOperator, { recipientId: workerId, personId: mario, contactId: null, body: 'x' }),
    ).rejects.toThrow(/transaction/);
    await inTransaction(asOperator, (tx) =>
      sendMessage(tx, {
        recipientId: workerId,
        personId: mario,
        contactId: null,
        body: 'Il signor Rossi è passato allo sportello per la domanda di assegno di cura.',
      }),
    );
    await expect(
      inTransaction(asOperator, (tx) =>
        sendMessage(tx, { recipientId: newId(), personId: null, contactId: null, body: 'x' }),
      ),
    ).rejects.toMatchObject({ fields: [{ field: 'recipientId', message: 'validation.unknownUser' }] });
    const inbox = (await worker.get('/api/messages')).json();
    expect(inbox.unread).toBe(1);
    expect(inbox.messages).toHaveLength(1);
    const [message] = inbox.messages;
    expect(message).toMatchObject({
      fromName: 'Giulia Sportello',
      fromOrganisation: 'Comune di Carmagnola',
      personId: mario,
      personName: 'Mario Rossi',
      readAt: null,
    });
    expect((await operator.get('/api/messages')).json()).toEqual({ messages: [], unread: 0 });
    expect((await operator.post(`/api/messages/${message.id}/read`)).statusCode).toBe(404);
    const read = await worker.post(`/api/messages/${message.id}/read`);
    expect(read.json().readAt).toBe(t.clock.now().toISOString());
    expect((await worker.get('/api/messages')).json().unread).toBe(0);
    await worker.post(`/api/messages/${message.id}/read`);
    expect(await events('message.sent')).toHaveLength(1);
    expect(await events('message.read')).toEqual([
      expect.objectContaining({ actor_id: workerId, entity_id: message.id }),
    ]);
  });
});
