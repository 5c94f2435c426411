/**
 * Facts: the additive numbers every indicator is computed from, as
 * (metric, key) → value. A desk-day's facts are what `rollup_daily` stores;
 * a period's facts are their sum. Counts, sums and whole-unit histograms only,
 * so sums over days are exact and medians come from the summed histograms.
 * Pure functions: the same code rolls a day up and computes a filtered period
 * from the records, so both agree by construction.
 */
import { DateTime } from 'luxon';
import { REPEAT_WINDOW_DAYS } from '../../../shared/indicators';
import { TENANT_ZONE } from '../../context';

export const METRICS = [
  'contacts',
  'anonymous',
  'requests',
  'interpreter',
  'joint',
  'persons_new',
  'repeat',
  'identified_requests',
  'channel',
  'visitor',
  'municipality',
  'age_band',
  'sex',
  'citizenship',
  'heard_from',
  'hour',
  'area',
  'category',
  'outcome',
  'tickets',
  'wait',
  'service',
  'openings',
  'opening_min',
  'covered_min',
  'operator_min',
  'referrals',
  'ref_accept_h',
  'ref_overdue',
  'ref_rejected_reason',
  'bounces',
  'feedback',
] as const;
export type Metric = (typeof METRICS)[number];

/** Metrics describing the desk itself (queue, presence, satisfaction): no filter by organisation, municipality or area. */
export const DESK_METRICS: readonly Metric[] = [
  'tickets',
  'wait',
  'service',
  'openings',
  'opening_min',
  'covered_min',
  'operator_min',
  'feedback',
];

/** A bag of facts: add to it, read it back by metric. */
export class Facts {
  /** metric → key → value. */
  private readonly metrics = new Map<string, Map<string, number>>();

  add(metric: Metric, key: string | number | null, value = 1): void {
    if (value === 0) return;
    let keys = this.metrics.get(metric);
    if (!keys) {
      keys = new Map();
      this.metrics.set(metric, keys);
    }
    const k = String(key ?? '');
    keys.set(k, (keys.get(k) ?? 0) + value);
  }

  addAll(other: Facts): void {
    for (const row of other.rows()) this.add(row.metric, row.key, row.value);
  }

  total(metric: Metric): number {
    let sum = 0;
    for (const value of this.byKey(metric).values()) sum += value;
    return sum;
  }

  /** key → value of one metric. */
  byKey(metric: Metric): ReadonlyMap<string, number> {
    return this.metrics.get(metric) ?? new Map();
  }

  /** A histogram metric (whole units as keys) as number → count. */
  histogram(metric: Metric): Map<number, number> {
    const out = new Map<number, number>();
    for (const [key, value] of this.byKey(metric)) out.set(Number(key), value);
    return out;
  }

  rows(): { metric: Metric; key: string; value: number }[] {
    const out: { metric: Metric; key: string; value: number }[] = [];
    for (const [metric, keys] of this.metrics)
      for (const [key, value] of keys) out.push({ metric: metric as Metric, key, value });
    return out;
  }

  /** The same facts without the keys that sum to zero (as after subtracting some days from a month). */
  withoutZeros(): Facts {
    return Facts.fromRows(this.rows().filter((r) => r.value !== 0));
  }

  static fromRows(rows: Iterable<{ metric: string; key: string; value: number }>): Facts {
    const facts = new Facts();
    for (const row of rows) facts.add(row.metric as Metric, row.key, Number(row.value));
    return facts;
  }
}

// ── records ──

export interface ContactRecord {
  id: string;
  deskId: string;
  date: string;
  channel: string;
  visitorType: string;
  personId: string | null;
  ageBand: string;
  sex: string;
  municipalityId: string | null;
  citizenshipGroup: string;
  heardFrom: string | null;
  interpreter: boolean;
  isJoint: boolean;
  startedAt: string;
  requests: { areaCode: string; categoryCode: string; outcomeCode: string }[];
}

/** What a contact's facts need to know beyond the contact itself. */
export interface ContactContext {
  /** Contacts that are their person's first contact ever. */
  firstContacts: ReadonlySet<string>;
  /** `${personId}|${categoryCode}` → local dates of that person's earlier requests in that category. */
  earlierRequests: ReadonlyMap<string, readonly string[]>;
}

export const requestKey = (personId: string, categoryCode: string) => `${personId}|${categoryCode}`;

/** True when the same person asked in the same need category on an earlier day within the repeat window. */
export function isRepeat(context: ContactContext, personId: string, category: string, date: string): boolean {
  const from = DateTime.fromISO(date).minus({ days: REPEAT_WINDOW_DAYS }).toISODate() as string;
  return (context.earlierRequests.get(requestKey(personId, category)) ?? []).some(
    (d) => d >= from && d < date,
  );
}

export const localHour = (instant: string): string =>
  DateTime.fromISO(instant, { zone: TENANT_ZONE }).toFormat('HH');

export function contactFacts(
  facts: Facts,
  contacts: readonly ContactRecord[],
  context: ContactContext,
): void {
  for (const c of contacts) {
    facts.add('contacts', '');
    if (!c.personId) facts.add('anonymous', '');
    if (c.personId && context.firstContacts.has(c.id)) facts.add('persons_new', '');
    if (c.interpreter) facts.add('interpreter', '');
    if (c.isJoint) facts.add('joint', '');
    facts.add('channel', c.channel);
    facts.add('visitor', c.visitorType);
    facts.add('municipality', c.municipalityId);
    facts.add('age_band', c.ageBand);
    facts.add('sex', c.sex);
    facts.add('citizenship', c.citizenshipGroup);
    facts.add('heard_from', c.heardFrom);
    facts.add('hour', localHour(c.startedAt));
    for (const r of c.requests) {
      facts.add('requests', '');
      facts.add('area', r.areaCode);
      facts.add('category', r.categoryCode);
      facts.add('outcome', r.outcomeCode);
      if (c.personId) {
        facts.add('identified_requests', '');
        if (isRepeat(context, c.personId, r.categoryCode, c.date)) facts.add('repeat', '');
      }
    }
  }
}

export interface TicketRecord {
  status: string;
  issuedAt: string;
  firstCalledAt: string | null;
  calledAt: string | null;
  closedAt: string | null;
}

const minutesBetween = (from: string, to: string) =>
  Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 60_000));

export function ticketFacts(facts: Facts, tickets: readonly TicketRecord[]): void {
  for (const t of tickets) {
    facts.add('tickets', t.status);
    if (t.firstCalledAt) facts.add('wait', minutesBetween(t.issuedAt, t.firstCalledAt));
    if (t.status === 'done' && t.calledAt && t.closedAt)
      facts.add('service', minutesBetween(t.calledAt, t.closedAt));
  }
}

export interface OpeningRecord {
  start: string;
  end: string;
  presences: { organisationId: string; from: string; to: string | null }[];
}

/**
 * Opening minutes, minutes with at least one operator of every staffing
 * organisation checked in, and operator-minutes of presence; whole minutes
 * from the opening's start, up to `now` for an opening still running.
 */
export function openingFacts(
  facts: Facts,
  openings: readonly OpeningRecord[],
  staffing: readonly string[],
  now: Date,
): void {
  for (const o of openings) {
    const start = Date.parse(o.start);
    if (start > now.getTime()) continue;
    const end = Math.min(Date.parse(o.end), now.getTime());
    const minutes = Math.max(0, Math.floor((end - start) / 60_000));
    facts.add('openings', '');
    facts.add('opening_min', '', minutes);
    const byOrg = new Map<string, Uint8Array>(staffing.map((org) => [org, new Uint8Array(minutes)]));
    let operatorMinutes = 0;
    for (const p of o.presences) {
      const from = Math.max(0, Math.ceil((Date.parse(p.from) - start) / 60_000));
      const to = Math.min(minutes, Math.floor(((p.to ? Date.parse(p.to) : end) - start) / 60_000));
      if (to <= from) continue;
      operatorMinutes += to - from;
      byOrg.get(p.organisationId)?.fill(1, from, to);
    }
    let covered = 0;
    const orgs = [...byOrg.values()];
    for (let m = 0; m < minutes && orgs.length > 0; m++) if (orgs.every((o) => o[m] === 1)) covered++;
    facts.add('covered_min', '', covered);
    facts.add('operator_min', '', operatorMinutes);
  }
}

export interface ReferralRecord {
  status: string;
  sentAt: string;
  acceptedAt: string | null;
  acknowledgedAt: string | null;
  overdueFrom: string;
  statusReason: string | null;
}

/** Referrals counted on the local day they were sent; overdue as of `now` when still unacknowledged. */
export function referralFacts(facts: Facts, referrals: readonly ReferralRecord[], now: Date): void {
  for (const r of referrals) {
    facts.add('referrals', r.status);
    if (r.acceptedAt) {
      facts.add(
        'ref_accept_h',
        Math.max(0, Math.floor((Date.parse(r.acceptedAt) - Date.parse(r.sentAt)) / 3_600_000)),
      );
    }
    const acknowledged = r.acknowledgedAt ? Date.parse(r.acknowledgedAt) : now.getTime();
    if (acknowledged >= Date.parse(r.overdueFrom)) facts.add('ref_overdue', '');
    if (r.status === 'rejected') facts.add('ref_rejected_reason', normaliseReason(r.statusReason));
  }
}

/** Free-text reasons grouped loosely: trimmed, lower case, first 80 characters. */
export const normaliseReason = (reason: string | null): string =>
  (reason ?? '').trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 80);

export function bounceFacts(facts: Facts, kinds: readonly string[]): void {
  for (const kind of kinds) facts.add('bounces', kind);
}

export function feedbackFacts(facts: Facts, scores: readonly number[]): void {
  for (const score of scores) facts.add('feedback', score);
}
