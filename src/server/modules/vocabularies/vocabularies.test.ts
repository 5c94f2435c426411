import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeDesk, makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import { DEFAULT_TERMS } from '../../../shared/contacts';
import type { TermView } from '../../../shared/schemas/vocabularies';
import { inTransaction } from '../../context';
import { newId } from '../../ids';
import { ensureAllTenantsTerms, ensureDefaultTerms, loadTermIndex } from './vocabularies.service';

describeEngines('vocabularies', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let deskId: string;
  let coordinator: Client;
  let operator: Client;

  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'vocab');
    deskId = (await makeDesk(t.ctx(), tenant)).id;
    const c = await makeUser(t.ctx(), tenant, { roles: ['coordinator'] });
    const o = await makeUser(t.ctx(), tenant, { roles: ['desk_operator'] });
    coordinator = new Client(t.app);
    operator = new Client(t.app);
    await coordinator.signIn(c.username, USER_PASSWORD);
    await operator.signIn(o.username, USER_PASSWORD);
  });
  afterAll(() => t.close());

  const terms = async (client: Client = operator): Promise<TermView[]> =>
    (await client.get('/api/vocabularies')).json().terms;
  const termOf = async (kind: string, code: string) =>
    (await terms()).find((term) => term.kind === kind && term.code === code)!;
  const codesOf = async (kind: string) => (await terms()).filter((x) => x.kind === kind).map((x) => x.code);
  const countTerms = async () =>
    Number(
      (
        await t
          .ctx()
          .db.selectFrom('vocabulary_terms')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('tenant_id', '=', tenant.tenantId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const auditActions = async (entityId: string) =>
    (
      await t
        .ctx()
        .db.selectFrom('audit_events')
        .select(['action', 'changed_fields'])
        .where('tenant_id', '=', tenant.tenantId)
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute()
    ).map((event) => ({ action: event.action, fields: JSON.parse(event.changed_fields) as string[] }));

  /** A contact on `date` with one request: what makes its terms "used". */
  async function recordUse(
    date: string,
    codes: { area: string; category: string; outcome: string; visitor?: string },
  ) {
    const at = t.clock.now().toISOString();
    const contactId = newId();
    await t
      .ctx()
      .db.insertInto('contacts')
      .values({
        tenant_id: tenant.tenantId,
        id: contactId,
        desk_id: deskId,
        opening_id: null,
        date,
        channel: 'walk_in',
        visitor_type: codes.visitor ?? 'self',
        person_id: null,
        age_band: 'unknown',
        sex: 'unknown',
        municipality_id: null,
        citizenship_group: 'unknown',
        heard_from: null,
        language: 'it',
        interpreter: 0,
        is_joint: 0,
        started_at: at,
        ended_at: null,
        created_by: null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await t
      .ctx()
      .db.insertInto('contact_requests')
      .values({
        tenant_id: tenant.tenantId,
        id: newId(),
        contact_id: contactId,
        position: 0,
        area_code: codes.area,
        category_code: codes.category,
        description: null,
        outcome_code: codes.outcome,
        service_name: null,
        care_relation_id: null,
        case_worker_messaged: 0,
        created_at: at,
      })
      .execute();
  }

  it('gives a new tenant the default vocabularies, labelled in Italian and English', async () => {
    const all = await terms();
    for (const kind of ['area', 'need_category', 'visitor_type', 'outcome', 'heard_from']) {
      expect(all.filter((term) => term.kind === kind).length).toBe(
        DEFAULT_TERMS.filter((term) => term.kind === kind).length,
      );
    }
    expect(await codesOf('area')).toEqual([
      'family_minors',
      'disability',
      'addiction',
      'elderly',
      'migrants',
      'poverty_adults',
      'multi_user',
    ]);
    expect(all.find((term) => term.code === 'elderly')).toMatchObject({
      labelIt: 'Anziani (65 anni e più)',
      position: 30,
      retired: false,
      used: false,
      recentUses: 0,
      version: 1,
    });
    expect(all.find((term) => term.code === 'elderly')!.labelEn).not.toBe('Anziani (65 anni e più)');
    expect(
      all.find((term) => term.kind === 'outcome' && term.code === 'routed_to_own_worker')?.outcomeGroup,
    ).toBe('own_worker');
  });

  it('lets coordinators add a term at the end of its kind, and audits it', async () => {
    const created = await coordinator.post('/api/vocabularies', {
      kind: 'need_category',
      code: 'energy_bills',
      labelIt: 'Bollette',
      labelEn: 'Energy bills',
      areaCodes: ['poverty_adults', 'family_minors'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'need_category',
      code: 'energy_bills',
      areaCodes: ['poverty_adults', 'family_minors'],
      outcomeGroup: null,
      position: 140,
      used: false,
      version: 1,
    });
    expect((await codesOf('need_category')).at(-1)).toBe('energy_bills');
    expect(await auditActions(created.json().id)).toEqual([
      {
        action: 'vocabulary.created',
        fields: ['area_codes', 'code', 'kind', 'label_en', 'label_it', 'outcome_group', 'position'],
      },
    ]);
    const outcome = await coordinator.post('/api/vocabularies', {
      kind: 'outcome',
      code: 'home_visit',
      labelIt: 'Visita domiciliare',
      labelEn: 'Home visit',
      outcomeGroup: 'desk',
    });
    expect(outcome.json()).toMatchObject({ outcomeGroup: 'desk', areaCodes: [] });
  });

  it('refuses bad input field by field and saves nothing', async () => {
    const before = await countTerms();
    const fine = { kind: 'heard_from', code: 'radio', labelIt: 'Radio', labelEn: 'Radio' };
    const cases: [object, string, string][] = [
      [{ ...fine, kind: 'colour' }, 'kind', 'Valore non previsto'],
      [{ ...fine, code: 'Radio Locale' }, 'code', 'Codice di 2-40 caratteri'],
      [{ ...fine, code: 'poster_flyer' }, 'code', 'Esiste già una voce con questo codice'],
      [{ ...fine, labelIt: '  ' }, 'labelIt', 'Campo obbligatorio'],
      [{ ...fine, labelEn: 'x'.repeat(81) }, 'labelEn', 'Testo troppo lungo'],
      [{ ...fine, kind: 'outcome' }, 'outcomeGroup', 'Indica come conteggiare questo esito'],
      [{ ...fine, kind: 'outcome', outcomeGroup: 'maybe' }, 'outcomeGroup', 'Valore non previsto'],
      [{ ...fine, kind: 'need_category', areaCodes: ['nowhere'] }, 'areaCodes', 'Voce sconosciuta'],
      [{ ...fine, kind: 'need_category', areaCodes: ['Bad Code'] }, 'areaCodes.0', 'Codice di 2-40'],
    ];
    for (const [body, field, message] of cases) {
      const response = await coordinator.post('/api/vocabularies', body);
      expect(response.statusCode, field).toBe(400);
      expect(response.json().fields[0].field).toBe(field);
      expect(response.json().fields[0].message).toContain(message);
    }
    expect(await countTerms()).toBe(before);
  });

  it('lets only coordinators change vocabularies; staff read them', async () => {
    const term = await termOf('heard_from', 'other');
    expect(
      (await operator.post('/api/vocabularies', { kind: 'area', code: 'xx', labelIt: 'X', labelEn: 'X' }))
        .statusCode,
    ).toBe(403);
    expect((await operator.put(`/api/vocabularies/${term.id}`, { ...term })).statusCode).toBe(403);
    expect((await operator.post(`/api/vocabularies/${term.id}/retire`)).statusCode).toBe(403);
    expect((await operator.request('DELETE', `/api/vocabularies/${term.id}`)).statusCode).toBe(403);
    expect((await new Client(t.app).get('/api/vocabularies')).statusCode).toBe(401);
    expect((await coordinator.get('/api/vocabularies')).statusCode).toBe(200);
  });

  it('edits labels and position; a stale version is a conflict', async () => {
    const term = await termOf('heard_from', 'web_social');
    const edited = await coordinator.put(`/api/vocabularies/${term.id}`, {
      ...term,
      labelIt: 'Sito, social o newsletter',
      position: 5,
    });
    expect(edited.json()).toMatchObject({ labelIt: 'Sito, social o newsletter', position: 5, version: 2 });
    expect((await codesOf('heard_from'))[0]).toBe('poster_flyer');
    expect((await codesOf('heard_from'))[1]).toBe('web_social');
    const stale = await coordinator.put(`/api/vocabularies/${term.id}`, { ...term, labelIt: 'Altro testo' });
    expect(stale.statusCode).toBe(409);
    expect((await termOf('heard_from', 'web_social')).labelIt).toBe('Sito, social o newsletter');
    expect((await auditActions(term.id)).map((e) => e.fields)).toEqual([['label_it', 'position']]);
    const current: TermView = edited.json();
    const bad = await coordinator.put(`/api/vocabularies/${term.id}`, { ...current, position: -1 });
    expect(bad.json().fields[0].field).toBe('position');
    expect((await coordinator.put(`/api/vocabularies/${newId()}`, current)).statusCode).toBe(404);
  });

  it('keeps a used term as it was: labels fixed, not deletable, but movable and retirable', async () => {
    await recordUse('2027-01-04', { area: 'elderly', category: 'home_care', outcome: 'listening' });
    const used = await termOf('need_category', 'home_care');
    expect(used).toMatchObject({ used: true, recentUses: 1 });
    const relabel = await coordinator.put(`/api/vocabularies/${used.id}`, { ...used, labelIt: 'Badanti' });
    expect(relabel.statusCode).toBe(400);
    expect(relabel.json().fields).toEqual([
      {
        field: 'labelIt',
        message: 'Voce già usata nei contatti: non si può rinominare né cancellare, solo ritirare',
      },
    ]);
    const narrowed = await coordinator.put(`/api/vocabularies/${used.id}`, {
      ...used,
      areaCodes: ['elderly'],
    });
    expect(narrowed.statusCode).toBe(400);
    const moved = await coordinator.put(`/api/vocabularies/${used.id}`, { ...used, position: 1 });
    expect(moved.json()).toMatchObject({ position: 1, labelIt: used.labelIt, version: 2 });
    const deleted = await coordinator.request('DELETE', `/api/vocabularies/${used.id}`);
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().message).toBe('Voce già usata: si può solo ritirare');

    const retired = await coordinator.post(`/api/vocabularies/${used.id}/retire`);
    expect(retired.json()).toMatchObject({ retired: true, version: 3 });
    expect((await codesOf('need_category')).at(-1)).toBe('home_care');
    const restored = await coordinator.post(`/api/vocabularies/${used.id}/restore`);
    expect(restored.json()).toMatchObject({ retired: false, version: 4 });
    expect((await auditActions(used.id)).map((e) => e.action)).toEqual([
      'vocabulary.updated',
      'vocabulary.retired',
      'vocabulary.restored',
    ]);
  });

  it('offers the terms used in the last 90 days first; older uses still count as used', async () => {
    await recordUse('2027-01-05', { area: 'migrants', category: 'legal_status', outcome: 'orientation' });
    await recordUse('2027-01-06', { area: 'migrants', category: 'legal_status', outcome: 'orientation' });
    await recordUse('2026-09-01', {
      area: 'disability',
      category: 'disability_benefits',
      outcome: 'resolved',
    });
    expect((await codesOf('area')).slice(0, 2)).toEqual(['migrants', 'elderly']);
    const disability = await termOf('area', 'disability');
    expect(disability).toMatchObject({ used: true, recentUses: 0 });
    expect(await termOf('outcome', 'orientation')).toMatchObject({ used: true, recentUses: 2 });
    expect(await termOf('visitor_type', 'self')).toMatchObject({ used: true, recentUses: 3 });
    expect((await codesOf('visitor_type'))[0]).toBe('self');
  });

  it('deletes an unused term, but never an outcome the desk relies on', async () => {
    const radio = await coordinator.post('/api/vocabularies', {
      kind: 'heard_from',
      code: 'local_radio',
      labelIt: 'Radio locale',
      labelEn: 'Local radio',
    });
    const deleted = await coordinator.request('DELETE', `/api/vocabularies/${radio.json().id}`);
    expect(deleted.json()).toEqual({ ok: true });
    expect(await codesOf('heard_from')).not.toContain('local_radio');
    expect((await auditActions(radio.json().id)).map((e) => e.action)).toEqual([
      'vocabulary.created',
      'vocabulary.deleted',
    ]);
    const referral = await termOf('outcome', 'referral');
    const refused = await coordinator.request('DELETE', `/api/vocabularies/${referral.id}`);
    expect(refused.statusCode).toBe(409);
    expect((await coordinator.post(`/api/vocabularies/${referral.id}/retire`)).json().retired).toBe(true);
    await coordinator.post(`/api/vocabularies/${referral.id}/restore`);
  });

  it('fills in missing defaults idempotently, and old tenants at start', async () => {
    const before = await countTerms();
    await inTransaction(t.ctx(), (tx) => ensureDefaultTerms(tx, tenant.tenantId));
    expect(await countTerms()).toBe(before);

    const other = await makeTenant(t.ctx(), 'vocab-old');
    await t.ctx().db.deleteFrom('vocabulary_terms').where('tenant_id', '=', other.tenantId).execute();
    const unused = await termOf('heard_from', 'knew_offices');
    expect((await coordinator.request('DELETE', `/api/vocabularies/${unused.id}`)).statusCode).toBe(200);
    await ensureAllTenantsTerms(t.ctx());
    const restored = await t
      .ctx()
      .db.selectFrom('vocabulary_terms')
      .select('code')
      .where('tenant_id', '=', other.tenantId)
      .execute();
    expect(restored).toHaveLength(DEFAULT_TERMS.length);
    // A tenant that has its vocabularies keeps a default its coordinator deleted.
    expect(await codesOf('heard_from')).not.toContain('knew_offices');
  });

  it('indexes terms for the contacts service', async () => {
    const index = await loadTermIndex(t.ctx(), tenant.tenantId);
    expect(index.term('need_category', 'energy_bills')).toEqual({
      retired: false,
      areaCodes: ['poverty_adults', 'family_minors'],
      outcomeGroup: null,
    });
    expect(index.term('outcome', 'referral')).toMatchObject({ outcomeGroup: 'referral', retired: false });
    expect(index.term('area', 'energy_bills')).toBeUndefined();
  });
});
