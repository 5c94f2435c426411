import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeDesk, makeTenant, makeUser, type TestTenant, USER_PASSWORD } from '../../../../test/factories';
import { Client, startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import { CATALOGUES } from '../../../shared/i18n';
import type { Role } from '../../../shared/roles';
import type { DeskView } from '../../../shared/schemas/accounts';
import { newId } from '../../ids';
import * as repo from './campaign.repo';

const labels = CATALOGUES.it as unknown as {
  vocabulary: { heard_from: Record<string, string> };
  validation: Record<string, string>;
  dashboardLabels: { notGiven: string };
};

describeEngines('campaign: public contacts, tags and whether the campaign works', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let desk: DeskView;
  let otherDesk: DeskView;
  let coordinator: Client;
  let admin: Client;

  const signIn = async (organisationId: string, roles: Role[]) => {
    const made = await makeUser(t.ctx(), tenant, { organisationId, roles });
    const client = new Client(t.app);
    await client.signIn(made.username, USER_PASSWORD);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'campaign');
    desk = await makeDesk(t.ctx(), tenant);
    otherDesk = await makeDesk(t.ctx(), tenant);
    coordinator = await signIn(tenant.organisations.consorzio, ['coordinator']);
    admin = await signIn(tenant.organisations.comune, ['admin']);
  });
  afterAll(() => t.close());

  const infoUrl = () => `/api/desks/${desk.id}/public-info`;

  it('shows empty public contacts before the first save, then saves them with versions (409 when stale)', async () => {
    const empty = await coordinator.get(infoUrl());
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({
      deskId: desk.id,
      phone: null,
      email: null,
      accessibilityUrl: null,
      version: 0,
      updatedAt: null,
    });
    const first = await coordinator.put(infoUrl(), { phone: '011 972 4211', email: 'sportello@example.it' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ phone: '011 972 4211', email: 'sportello@example.it', version: 1 });
    const second = await admin.put(infoUrl(), {
      phone: '011 972 4211',
      email: '',
      accessibilityUrl: 'https://form.agid.gov.it/view/abc',
      version: 1,
    });
    expect(second.json()).toMatchObject({
      email: null,
      accessibilityUrl: 'https://form.agid.gov.it/view/abc',
      version: 2,
    });
    const stale = await coordinator.put(infoUrl(), { phone: '011 000', version: 1 });
    expect(stale.statusCode).toBe(409);
    const withoutVersion = await coordinator.put(infoUrl(), { phone: '011 000' });
    expect(withoutVersion.statusCode).toBe(409);
    expect((await coordinator.get(infoUrl())).json()).toMatchObject({ phone: '011 972 4211', version: 2 });
    const audit = await t
      .ctx()
      .db.selectFrom('audit_events')
      .select(['action', 'changed_fields'])
      .where('tenant_id', '=', tenant.tenantId)
      .where('action', '=', 'campaign.public_info_updated')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.changed_fields)).toEqual(['["email","phone"]', '["accessibilityUrl","email"]']);
  });

  it('names the e-mail field in Italian when the address is not one', async () => {
    const response = await coordinator.put(infoUrl(), { email: 'non-una-mail', version: 2 });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([{ field: 'email', message: labels.validation.email }]);
  });

  it('refuses desk operators and coordinators of an organisation not staffing the desk', async () => {
    const operator = await signIn(tenant.organisations.comune, ['desk_operator']);
    expect((await operator.get(infoUrl())).statusCode).toBe(403);
    expect((await operator.get(`/api/desks/${desk.id}/campaign/tags`)).statusCode).toBe(403);
    const asl = await signIn(tenant.organisations.asl, ['coordinator']);
    const refused = await asl.get(infoUrl());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toBe('desk_not_staffed');
    expect((await asl.put(infoUrl(), { phone: '1', version: 2 })).statusCode).toBe(403);
    expect((await asl.get(`/api/desks/${desk.id}/campaign/material?kind=poster`)).statusCode).toBe(403);
  });

  it('lists the default tags with the created ones, and refuses taken or malformed codes', async () => {
    const before = await coordinator.get(`/api/desks/${desk.id}/campaign/tags`);
    expect(before.json().tags.map((x: { code: string; label: string }) => `${x.code}:${x.label}`)).toEqual([
      'manifesto:Manifesti',
      'volantino:Volantini',
      'social:Social media',
    ]);
    const created = await coordinator.post(`/api/desks/${desk.id}/campaign/tags`, {
      code: 'mercato-nov',
      label: 'Volantini al mercato di novembre',
      medium: 'flyer',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'mercato-nov', medium: 'flyer', visits: 0 });
    const after = await coordinator.get(`/api/desks/${desk.id}/campaign/tags`);
    expect(after.json().tags.map((x: { code: string }) => x.code)).toEqual([
      'manifesto',
      'volantino',
      'social',
      'mercato-nov',
    ]);
    for (const code of ['mercato-nov', 'social']) {
      const taken = await coordinator.post(`/api/desks/${desk.id}/campaign/tags`, {
        code,
        label: 'x',
        medium: 'other',
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().fields[0].field).toBe('code');
    }
    const bad = await coordinator.post(`/api/desks/${desk.id}/campaign/tags`, {
      code: 'Manifesti Nov',
      label: 'x',
      medium: 'poster',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([{ field: 'code', message: labels.validation.campaignTag }]);
    // Tags belong to their desk: the other desk still has only the defaults.
    const other = await admin.get(`/api/desks/${otherDesk.id}/campaign/tags`);
    expect(other.json().tags).toHaveLength(3);
  });

  const visit = (deskId: string, date: string, tag: string, lang: string, visits: number) =>
    repo.addVisits(t.ctx().db, [{ tenant_id: tenant.tenantId, desk_id: deskId, date, tag, lang, visits }]);

  const contact = async (deskId: string, date: string, heardFrom: string | null) => {
    const at = `${date}T08:30:00.000Z`;
    await t
      .ctx()
      .db.insertInto('contacts')
      .values({
        tenant_id: tenant.tenantId,
        id: newId(),
        desk_id: deskId,
        opening_id: null,
        date,
        channel: 'walk_in',
        visitor_type: 'self',
        person_id: null,
        age_band: 'unknown',
        sex: 'unknown',
        municipality_id: null,
        citizenship_group: 'unknown',
        heard_from: heardFrom,
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
  };

  it('counts visits per tag, language and day against contacts by how they heard of the desk', async () => {
    await visit(desk.id, '2027-01-04', 'manifesto', 'it', 5);
    await visit(desk.id, '2027-01-04', 'manifesto', 'ar', 2);
    await visit(desk.id, '2027-01-04', '', 'it', 3);
    await visit(desk.id, '2027-01-05', 'volantino', 'ro', 4);
    await visit(desk.id, '2027-01-05', 'manifesto', 'it', 1);
    await visit(desk.id, '2027-01-05', 'manifesto', 'it', 1); // the same day again: added up
    await visit(desk.id, '2027-01-06', 'typed-by-hand', 'en', 1);
    await visit(desk.id, '2027-01-20', 'manifesto', 'it', 100); // after the period
    await visit(otherDesk.id, '2027-01-04', 'manifesto', 'it', 50); // another desk
    await contact(desk.id, '2027-01-04', 'poster_flyer');
    await contact(desk.id, '2027-01-04', 'poster_flyer');
    await contact(desk.id, '2027-01-05', 'word_of_mouth');
    await contact(desk.id, '2027-01-05', null);
    await contact(desk.id, '2027-01-20', 'poster_flyer'); // after the period
    await contact(otherDesk.id, '2027-01-04', 'poster_flyer'); // another desk

    const response = await coordinator.get(
      `/api/desks/${desk.id}/campaign/stats?from=2027-01-01&to=2027-01-10`,
    );
    expect(response.statusCode).toBe(200);
    const stats = response.json();
    const byCode = Object.fromEntries(
      stats.tags.map((x: { code: string; visits: number; byLanguage: Record<string, number> }) => [
        x.code,
        { visits: x.visits, byLanguage: x.byLanguage },
      ]),
    );
    expect(byCode).toEqual({
      manifesto: { visits: 9, byLanguage: { it: 7, ar: 2 } },
      volantino: { visits: 4, byLanguage: { ro: 4 } },
      social: { visits: 0, byLanguage: {} },
      'mercato-nov': { visits: 0, byLanguage: {} },
      'typed-by-hand': { visits: 1, byLanguage: { en: 1 } },
    });
    expect(stats.untaggedVisits).toBe(3);
    expect(stats.byDay).toHaveLength(10);
    expect(stats.byDay[0]).toEqual({ date: '2027-01-01', tagged: 0, untagged: 0 });
    expect(stats.byDay.slice(3, 6)).toEqual([
      { date: '2027-01-04', tagged: 7, untagged: 3 },
      { date: '2027-01-05', tagged: 6, untagged: 0 },
      { date: '2027-01-06', tagged: 1, untagged: 0 },
    ]);
    const heard = Object.fromEntries(
      stats.heardFrom.map((h: { code: string; label: string; contacts: number }) => [
        h.code,
        [h.label, h.contacts],
      ]),
    );
    expect(heard).toEqual({
      poster_flyer: [labels.vocabulary.heard_from.poster_flyer, 2],
      web_social: [labels.vocabulary.heard_from.web_social, 0],
      other_service: [labels.vocabulary.heard_from.other_service, 0],
      word_of_mouth: [labels.vocabulary.heard_from.word_of_mouth, 1],
      knew_offices: [labels.vocabulary.heard_from.knew_offices, 0],
      other: [labels.vocabulary.heard_from.other, 0],
      '': [labels.dashboardLabels.notGiven, 1],
    });
    // The tags list counts every visit ever: 9 in the period and 100 after it.
    const tags = (await coordinator.get(`/api/desks/${desk.id}/campaign/tags`)).json().tags;
    expect(tags.find((x: { code: string }) => x.code === 'manifesto').visits).toBe(109);
  });

  it('refuses a period that ends before it starts, naming `to`', async () => {
    const response = await coordinator.get(
      `/api/desks/${desk.id}/campaign/stats?from=2027-02-01&to=2027-01-01`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].field).toBe('to');
  });

  it('sends a material as a named download and refuses a tag the desk does not have', async () => {
    const poster = await coordinator.get(
      `/api/desks/${desk.id}/campaign/material?kind=poster&lang=ar&bilingual=true`,
    );
    expect(poster.statusCode).toBe(200);
    expect(poster.headers['content-type']).toBe('application/pdf');
    expect(poster.headers['content-disposition']).toMatch(
      /^attachment; filename="sportello-\d+-manifesto-a4-it-ar\.pdf"$/,
    );
    expect(poster.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const social = await coordinator.get(
      `/api/desks/${desk.id}/campaign/material?kind=social&tag=mercato-nov`,
    );
    expect(social.headers['content-type']).toBe('image/png');
    expect(social.headers['content-disposition']).toMatch(/-social-1200x630-it\.png"$/);
    const unknown = await coordinator.get(`/api/desks/${desk.id}/campaign/material?kind=flyer&tag=nessuno`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields[0].field).toBe('tag');
    const badKind = await coordinator.get(`/api/desks/${desk.id}/campaign/material?kind=banner`);
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().fields[0].field).toBe('kind');
  });
});
