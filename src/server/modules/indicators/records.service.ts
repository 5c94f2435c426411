/**
 * Facts computed from the records: one desk-day for the rollups, or a whole
 * period with the dashboard's filters (organisation, municipality, area),
 * which the rollups do not slice by. The same pure functions of facts.ts do
 * the counting in both cases.
 */
import { DateTime } from 'luxon';
import { REPEAT_WINDOW_DAYS } from '../../../shared/indicators';
import { type Ctx, localDateOf, TENANT_ZONE } from '../../context';
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

/** Referrals sent and bounces detected between two instants, with the filters, and when. */
async function referralsAndBounces(
  ctx: Ctx,
  tenantId: string,
  filter: Omit<records.ContactFilter, 'from' | 'to'>,
  fromInstant: string,
  toInstant: string,
) {
  const [referrals, bounces] = await Promise.all([
    records.referralsSent(ctx.db, tenantId, filter, fromInstant, toInstant),
    records.bouncesDetected(ctx.db, tenantId, filter, fromInstant, toInstant),
  ]);
  return {
    referrals: referrals.map((r) => ({
      status: r.status,
      sentAt: r.sent_at as string,
      acceptedAt: r.accepted_at,
      acknowledgedAt: r.acknowledged_at,
      overdueFrom: r.overdue_from,
      statusReason: r.status_reason,
    })),
    bounces: bounces.map((b) => ({ kind: b.kind, at: b.detected_at })),
  };
}

/** Group rows by a key, in one pass. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/**
 * The facts of some local days of one desk, from their records: contacts,
 * queue, presences, referrals, bounces and satisfaction. Each kind of record
 * is read once for all the days and counted on its own day.
 */
export async function deskDaysFacts(
  ctx: Ctx,
  tenantId: string,
  deskId: string,
  dates: readonly string[],
): Promise<Map<string, Facts>> {
  const out = new Map(dates.map((d) => [d, new Facts()]));
  if (dates.length === 0) return out;
  const sorted = [...dates].sort();
  const first = sorted[0]!;
  const last = sorted.at(-1)!;

  const contacts = await records.contactsOfDays(ctx.db, tenantId, deskId, dates);
  const context = await contactContext(ctx, tenantId, contacts, first, last);
  for (const [date, group] of groupBy(contacts, (c) => c.date))
    contactFacts(
      out.get(date)!,
      group.map((c) => toRecord(c)),
      context,
    );

  const openings = await records.openingsOfDays(ctx.db, tenantId, deskId, dates);
  const ids = openings.map((o) => o.id);
  const [tickets, presences, staffing, feedback] = await Promise.all([
    records.ticketsOf(ctx.db, tenantId, ids),
    records.presencesOf(ctx.db, tenantId, ids),
    staffingOf(ctx.db, tenantId, [deskId]),
    records.feedbackOfDays(ctx.db, tenantId, deskId, dates),
  ]);
  const ticketsByOpening = groupBy(tickets, (t) => t.opening_id);
  const presencesByOpening = groupBy(presences, (p) => p.opening_id);
  const organisations = (staffing.get(deskId) ?? []).map((o) => o.id);
  for (const o of openings) {
    const facts = out.get(o.date)!;
    ticketFacts(
      facts,
      (ticketsByOpening.get(o.id) ?? []).map((t) => ({
        status: t.status,
        issuedAt: t.issued_at,
        firstCalledAt: t.first_called_at,
        calledAt: t.called_at,
        closedAt: t.closed_at,
      })),
    );
    openingFacts(
      facts,
      [
        {
          start: o.actual_start ?? o.scheduled_start,
          end: o.actual_end ?? o.scheduled_end,
          presences: (presencesByOpening.get(o.id) ?? []).map((p) => ({
            organisationId: p.organisation_id,
            from: p.checked_in_at,
            to: p.checked_out_at,
          })),
        },
      ],
      organisations,
      ctx.now(),
    );
  }

  const [from, to] = dayInstants(first, last);
  const { referrals, bounces } = await referralsAndBounces(ctx, tenantId, { deskIds: [deskId] }, from, to);
  for (const [date, group] of groupBy(referrals, (r) => localDateOf(r.sentAt))) {
    const facts = out.get(date);
    if (facts) referralFacts(facts, group, ctx.now());
  }
  for (const [date, group] of groupBy(bounces, (b) => localDateOf(b.at))) {
    const facts = out.get(date);
    if (facts)
      bounceFacts(
        facts,
        group.map((b) => b.kind),
      );
  }
  for (const [date, group] of groupBy(feedback, (f) => f.date))
    feedbackFacts(
      out.get(date)!,
      group.map((f) => f.score),
    );
  return out;
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
  const { referrals, bounces } = await referralsAndBounces(ctx, tenantId, filter, from, to);
  referralFacts(facts, referrals, ctx.now());
  bounceFacts(
    facts,
    bounces.map((b) => b.kind),
  );
  const contactsByDate = new Map<string, number>();
  for (const c of contacts) contactsByDate.set(c.date, (contactsByDate.get(c.date) ?? 0) + 1);
  return { facts, contactsByDate };
}
