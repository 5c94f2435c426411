/**
 * Facts computed from the records: one desk-day for the rollups, or a whole
 * period with the dashboard's filters (organisation, municipality, area),
 * which the rollups do not slice by. The same pure functions of facts.ts do
 * the counting in both cases.
 */
import { DateTime } from 'luxon';
import { REPEAT_WINDOW_DAYS } from '../../../shared/indicators';
import { type Ctx, TENANT_ZONE } from '../../context';
import { staffingOf } from '../desks/desks.repo';
import {
  bounceFacts,
  type ContactContext,
  type ContactRecord,
  contactFacts,
  Facts,
  feedbackFacts,
  openingFacts,
  referralFacts,
  requestKey,
  ticketFacts,
} from './facts';
import * as records from './records.repo';

type ContactRow = Awaited<ReturnType<typeof records.contactsWithRequests>>[number];

/** [start, end) of a local day as UTC instants. */
export function dayInstants(from: string, to = from): [string, string] {
  const start = DateTime.fromISO(from, { zone: TENANT_ZONE }).startOf('day');
  const end = DateTime.fromISO(to, { zone: TENANT_ZONE }).plus({ days: 1 }).startOf('day');
  return [start.toUTC().toISO() as string, end.toUTC().toISO() as string];
}

function toRecord(row: ContactRow, areaCode?: string): ContactRecord {
  return {
    id: row.id,
    deskId: row.desk_id,
    date: row.date,
    channel: row.channel,
    visitorType: row.visitor_type,
    personId: row.person_id,
    ageBand: row.age_band,
    sex: row.sex,
    municipalityId: row.municipality_id,
    citizenshipGroup: row.citizenship_group,
    heardFrom: row.heard_from,
    interpreter: row.interpreter === 1,
    isJoint: row.is_joint === 1,
    startedAt: row.started_at,
    requests: row.requests
      .filter((r) => !areaCode || r.area_code === areaCode)
      .map((r) => ({ areaCode: r.area_code, categoryCode: r.category_code, outcomeCode: r.outcome_code })),
  };
}

/** Who is new (first contact ever) and what they asked before, for the contacts of a period. */
async function contactContext(
  ctx: Ctx,
  tenantId: string,
  contacts: readonly ContactRow[],
  from: string,
  to: string,
): Promise<ContactContext> {
  const people = [...new Set(contacts.map((c) => c.person_id).filter((p): p is string => p !== null))];
  const history = await records.contactsOfPeople(ctx.db, tenantId, people);
  history.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.started_at.localeCompare(b.started_at) || a.id.localeCompare(b.id),
  );
  const firsts = new Map<string, string>();
  for (const h of history) if (h.person_id && !firsts.has(h.person_id)) firsts.set(h.person_id, h.id);
  const windowStart = DateTime.fromISO(from).minus({ days: REPEAT_WINDOW_DAYS }).toISODate() as string;
  const earlier = new Map<string, string[]>();
  for (const r of await records.requestsOfPeople(ctx.db, tenantId, people, windowStart, to)) {
    if (!r.person_id) continue;
    const key = requestKey(r.person_id, r.category_code);
    earlier.set(key, [...(earlier.get(key) ?? []), r.date]);
  }
  return { firstContacts: new Set(firsts.values()), earlierRequests: earlier };
}

/** Facts of these contacts (already narrowed by the filters; with an area, only that area's requests count). */
export async function contactsFacts(
  ctx: Ctx,
  tenantId: string,
  contacts: readonly ContactRow[],
  from: string,
  to: string,
  areaCode?: string,
): Promise<Facts> {
  const facts = new Facts();
  const context = await contactContext(ctx, tenantId, contacts, from, to);
  contactFacts(
    facts,
    contacts.map((c) => toRecord(c, areaCode)),
    context,
  );
  return facts;
}

/** Referrals sent and bounces detected between two instants, with the filters. */
export async function referralAndBounceFacts(
  ctx: Ctx,
  tenantId: string,
  filter: Omit<records.ContactFilter, 'from' | 'to'>,
  fromInstant: string,
  toInstant: string,
): Promise<Facts> {
  const facts = new Facts();
  const referrals = await records.referralsSent(ctx.db, tenantId, filter, fromInstant, toInstant);
  referralFacts(
    facts,
    referrals.map((r) => ({
      status: r.status,
      sentAt: r.sent_at as string,
      acceptedAt: r.accepted_at,
      acknowledgedAt: r.acknowledged_at,
      overdueFrom: r.overdue_from,
      statusReason: r.status_reason,
    })),
    ctx.now(),
  );
  const bounces = await records.bouncesDetected(ctx.db, tenantId, filter, fromInstant, toInstant);
  bounceFacts(
    facts,
    bounces.map((b) => b.kind),
  );
  return facts;
}

/** A desk-day's queue, presence, referral, bounce and satisfaction facts. */
export async function deskDayFacts(
  ctx: Ctx,
  tenantId: string,
  deskId: string,
  date: string,
  filter: Omit<records.ContactFilter, 'from' | 'to'>,
  fromInstant: string,
  toInstant: string,
): Promise<Facts> {
  const facts = new Facts();
  const openings = await records.openingsOfDay(ctx.db, tenantId, deskId, date);
  const ids = openings.map((o) => o.id);
  const tickets = await records.ticketsOf(ctx.db, tenantId, ids);
  ticketFacts(
    facts,
    tickets.map((t) => ({
      status: t.status,
      issuedAt: t.issued_at,
      firstCalledAt: t.first_called_at,
      calledAt: t.called_at,
      closedAt: t.closed_at,
    })),
  );
  const presences = await records.presencesOf(ctx.db, tenantId, ids);
  openingFacts(
    facts,
    openings.map((o) => ({
      start: o.actual_start ?? o.scheduled_start,
      end: o.actual_end ?? o.scheduled_end,
      presences: presences
        .filter((p) => p.opening_id === o.id)
        .map((p) => ({ organisationId: p.organisation_id, from: p.checked_in_at, to: p.checked_out_at })),
    })),
    ((await staffingOf(ctx.db, tenantId, [deskId])).get(deskId) ?? []).map((o) => o.id),
    ctx.now(),
  );
  facts.addAll(await referralAndBounceFacts(ctx, tenantId, filter, fromInstant, toInstant));
  feedbackFacts(facts, await records.feedbackScores(ctx.db, tenantId, deskId, date));
  return facts;
}

/** A filtered period's contact, referral and bounce facts from the records, and its contacts per date. */
export async function filteredPeriodFacts(
  ctx: Ctx,
  tenantId: string,
  filter: records.ContactFilter,
): Promise<{ facts: Facts; contactsByDate: Map<string, number> }> {
  const contacts = await records.contactsWithRequests(ctx.db, tenantId, filter);
  const facts = await contactsFacts(ctx, tenantId, contacts, filter.from, filter.to, filter.areaCode);
  const [from, to] = dayInstants(filter.from, filter.to);
  facts.addAll(await referralAndBounceFacts(ctx, tenantId, filter, from, to));
  const contactsByDate = new Map<string, number>();
  for (const c of contacts) contactsByDate.set(c.date, (contactsByDate.get(c.date) ?? 0) + 1);
  return { facts, contactsByDate };
}
