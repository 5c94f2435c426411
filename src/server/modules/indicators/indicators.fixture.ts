/**
 * A small world for indicator tests, written straight into the tables so
 * each number can be computed by hand: desks staffed by the Comune and the
 * Consorzio, two municipalities with populations, contacts, openings with
 * presences and tickets, referrals, bounces and feedback. Every write marks
 * its desk-day dirty, as the services do. Test-only.
 */
import { DateTime } from 'luxon';
import { makeDesk, makeTenant, makeUser, type TestTenant } from '../../../../test/factories';
import type { TestApp } from '../../../../test/helpers/app';
import type { Actor, Ctx } from '../../context';
import { TENANT_ZONE } from '../../context';
import { newId } from '../../ids';
import { markRollupDirty, markRollupDirtyAt } from './rollups.service';

/** A local date and time in Carmagnola as a UTC instant. */
export const at = (date: string, time: string) =>
  DateTime.fromISO(`${date}T${time}`, { zone: TENANT_ZONE }).toUTC().toISO() as string;

export type Org = 'C' | 'K';

export interface ContactSpec {
  desk?: string;
  date: string;
  time: string;
  channel?: string;
  person?: string | null;
  municipality?: string | null;
  age?: string;
  sex?: string;
  citizenship?: string;
  heard?: string | null;
  interpreter?: boolean;
  orgs?: Org[];
  requests: [area: string, category: string, outcome: string][];
}

export interface TicketSpec {
  issued: string;
  firstCalled?: string;
  called?: string;
  closed?: string;
  status: string;
}

export interface OpeningSpec {
  desk?: string;
  date: string;
  start: string;
  end: string;
  presences: { org: Org; from: string; to: string | null }[];
  tickets?: TicketSpec[];
}

export interface IndicatorWorld {
  t: TestApp;
  tenant: TestTenant;
  ctx: Ctx;
  desk: string;
  otherDesk: string;
  municipalities: { m1: string; m2: string };
  coordinator: Actor;
  person(): Promise<string>;
  contact(spec: ContactSpec): Promise<{ id: string; requestIds: string[] }>;
  opening(spec: OpeningSpec): Promise<void>;
  referral(spec: {
    contactId: string;
    requestId: string;
    personId: string;
    area: string;
    sentAt: string | null;
    status: string;
    acceptedAt?: string | null;
    acknowledgedAt?: string | null;
    overdueFrom: string;
    reason?: string | null;
  }): Promise<string>;
  bounce(spec: { referralId: string; personId: string; area: string; detectedAt: string }): Promise<void>;
  feedback(spec: { date: string; score: number; desk?: string }): Promise<void>;
  setContactDate(id: string, from: string, to: string): Promise<void>;
}

export async function indicatorWorld(t: TestApp, code = 'cisa31'): Promise<IndicatorWorld> {
  const ctx = t.ctx();
  const tenant = await makeTenant(ctx, code);
  const desk = (await makeDesk(ctx, tenant)).id;
  const otherDesk = (await makeDesk(ctx, tenant)).id;
  const coordinator = (await makeUser(ctx, tenant, { roles: ['coordinator'] })).actor;
  const users = {
    C: (await makeUser(ctx, tenant, { organisationId: tenant.organisations.comune })).actor.userId,
    K: (await makeUser(ctx, tenant, { organisationId: tenant.organisations.consorzio })).actor.userId,
  };
  const orgId = { C: tenant.organisations.comune, K: tenant.organisations.consorzio };
  const tenantId = tenant.tenantId;
  const now = () => t.clock.now().toISOString();
  const municipality = async (name: string, istat: string, population: number) => {
    const id = newId();
    await ctx.db
      .insertInto('municipalities')
      .values({
        tenant_id: tenantId,
        id,
        istat_code: istat,
        name,
        province: 'TO',
        population,
        population_year: 2026,
        version: 1,
        created_at: now(),
        updated_at: now(),
      })
      .execute();
    return id;
  };
  const municipalities = {
    m1: await municipality('Alfa', '001001', 1000),
    m2: await municipality('Beta', '001002', 500),
  };
  let people = 0;
  const serviceId = newId();
  await ctx.db
    .insertInto('directory_services')
    .values({
      tenant_id: tenantId,
      id: serviceId,
      organisation_id: orgId.K,
      name: 'Servizio minori',
      alternate_name: null,
      description: null,
      url: null,
      email: null,
      status: 'active',
      interpretation_services: null,
      application_process: null,
      fees_description: null,
      eligibility_description: null,
      accreditations: null,
      minimum_age: null,
      maximum_age: null,
      alert: null,
      languages: '[]',
      service_areas: '[]',
      area_codes: '[]',
      ack_working_days: 3,
      hsds_document: null,
      version: 1,
      created_at: now(),
      updated_at: now(),
    })
    .execute();

  return {
    t,
    tenant,
    ctx,
    desk,
    otherDesk,
    municipalities,
    coordinator,
    async person() {
      const id = newId();
      people += 1;
      await ctx.db
        .insertInto('people')
        .values({
          tenant_id: tenantId,
          id,
          given_name: `Persona${people}`,
          family_name: 'Prova',
          name_key: `persona${people} prova`,
          codice_fiscale: null,
          birth_date: null,
          sex: 'unknown',
          birth_place: null,
          phone: null,
          phone_key: null,
          email: null,
          municipality_id: null,
          citizenship_group: 'unknown',
          source: 'desk',
          merged_into_id: null,
          anonymised_at: null,
          created_by: null,
          version: 1,
          created_at: now(),
          updated_at: now(),
        })
        .execute();
      return id;
    },
    async contact(spec) {
      const id = newId();
      const deskId = spec.desk ?? desk;
      const orgs = spec.orgs ?? ['C'];
      await ctx.db
        .insertInto('contacts')
        .values({
          tenant_id: tenantId,
          id,
          desk_id: deskId,
          opening_id: null,
          date: spec.date,
          channel: spec.channel ?? 'walk_in',
          visitor_type: 'self',
          person_id: spec.person ?? null,
          age_band: spec.age ?? 'unknown',
          sex: spec.sex ?? 'unknown',
          municipality_id: spec.municipality ?? null,
          citizenship_group: spec.citizenship ?? 'unknown',
          heard_from: spec.heard ?? null,
          language: 'it',
          interpreter: spec.interpreter ? 1 : 0,
          is_joint: orgs.includes('C') && orgs.includes('K') ? 1 : 0,
          started_at: at(spec.date, spec.time),
          ended_at: null,
          created_by: null,
          version: 1,
          created_at: now(),
          updated_at: now(),
        })
        .execute();
      const requestIds = spec.requests.map(() => newId());
      await ctx.db
        .insertInto('contact_requests')
        .values(
          spec.requests.map(([area, category, outcome], i) => ({
            tenant_id: tenantId,
            id: requestIds[i]!,
            contact_id: id,
            position: i,
            area_code: area,
            category_code: category,
            description: null,
            outcome_code: outcome,
            service_name: null,
            care_relation_id: null,
            case_worker_messaged: 0 as const,
            created_at: now(),
          })),
        )
        .execute();
      await ctx.db
        .insertInto('contact_operators')
        .values(
          orgs.map((o) => ({
            tenant_id: tenantId,
            contact_id: id,
            user_id: users[o],
            organisation_id: orgId[o],
          })),
        )
        .execute();
      await markRollupDirty(ctx, tenantId, deskId, spec.date);
      return { id, requestIds };
    },
    async opening(spec) {
      const id = newId();
      const deskId = spec.desk ?? desk;
      await ctx.db
        .insertInto('openings')
        .values({
          tenant_id: tenantId,
          id,
          desk_id: deskId,
          kind: 'scheduled',
          date: spec.date,
          scheduled_start: at(spec.date, spec.start),
          scheduled_end: at(spec.date, spec.end),
          actual_start: null,
          actual_end: null,
          note: null,
          last_standard: 0,
          last_priority: 0,
          event_seq: 0,
          closed_at: at(spec.date, spec.end),
          created_at: now(),
          updated_at: now(),
        })
        .execute();
      for (const p of spec.presences) {
        await ctx.db
          .insertInto('presences')
          .values({
            tenant_id: tenantId,
            id: newId(),
            desk_id: deskId,
            opening_id: id,
            user_id: users[p.org],
            organisation_id: orgId[p.org],
            counter: 'Postazione 1',
            checked_in_at: at(spec.date, p.from),
            checked_out_at: p.to ? at(spec.date, p.to) : null,
            checkout_reason: p.to ? 'manual' : null,
          })
          .execute();
      }
      for (const [i, ticket] of (spec.tickets ?? []).entries()) {
        const time = (v?: string) => (v ? at(spec.date, v) : null);
        await ctx.db
          .insertInto('tickets')
          .values({
            tenant_id: tenantId,
            id: newId(),
            desk_id: deskId,
            opening_id: id,
            series: 'A',
            number: i + 1,
            code: `A${i + 1}`,
            priority_reason: null,
            status: ticket.status,
            channel: 'kiosk',
            language: 'it',
            device_id: null,
            issued_at: at(spec.date, ticket.issued),
            first_called_at: time(ticket.firstCalled),
            called_at: time(ticket.called ?? ticket.firstCalled),
            serving_at: time(ticket.called ?? ticket.firstCalled),
            closed_at: time(ticket.closed),
            recalls: 0,
            counter: null,
            operator_id: null,
            transferred_to: null,
            contact_id: null,
            version: 1,
          })
          .execute();
      }
      await markRollupDirty(ctx, tenantId, deskId, spec.date);
    },
    async referral(spec) {
      const id = newId();
      await ctx.db
        .insertInto('referrals')
        .values({
          tenant_id: tenantId,
          id,
          contact_id: spec.contactId,
          request_id: spec.requestId,
          person_id: spec.personId,
          service_id: serviceId,
          organisation_id: orgId.K,
          desk_id: desk,
          sender_organisation_id: orgId.C,
          area_code: spec.area,
          category_code: 'other',
          reason: 'Motivo',
          urgency: 'routine',
          told_person: null,
          share_basis: 'consent',
          share_basis_note: null,
          status: spec.status,
          status_reason: spec.reason ?? null,
          ack_due_by: spec.overdueFrom.slice(0, 10),
          overdue_from: spec.overdueFrom,
          sent_at: spec.sentAt,
          acknowledged_at: spec.acknowledgedAt ?? null,
          accepted_at: spec.acceptedAt ?? null,
          reminded_at: null,
          created_by: null,
          version: 1,
          created_at: spec.sentAt ?? now(),
          updated_at: now(),
        })
        .execute();
      if (spec.sentAt) await markRollupDirtyAt(ctx, tenantId, desk, spec.sentAt);
      return id;
    },
    async bounce(spec) {
      await ctx.db
        .insertInto('bounces')
        .values({
          tenant_id: tenantId,
          id: newId(),
          person_id: spec.personId,
          area_code: spec.area,
          kind: 're_referred',
          referral_id: spec.referralId,
          previous_referral_id: null,
          contact_id: null,
          desk_id: desk,
          detected_at: spec.detectedAt,
        })
        .execute();
      await markRollupDirtyAt(ctx, tenantId, desk, spec.detectedAt);
    },
    async feedback(spec) {
      const deskId = spec.desk ?? desk;
      await ctx.db
        .insertInto('feedback')
        .values({
          tenant_id: tenantId,
          id: newId(),
          desk_id: deskId,
          date: spec.date,
          ticket_id: null,
          channel: 'kiosk',
          score: spec.score,
          comment: null,
          created_at: now(),
        })
        .execute();
      await markRollupDirty(ctx, tenantId, deskId, spec.date);
    },
    async setContactDate(id, from, to) {
      await ctx.db
        .updateTable('contacts')
        .set({ date: to })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
      await markRollupDirty(ctx, tenantId, desk, from);
      await markRollupDirty(ctx, tenantId, desk, to);
    },
  };
}
