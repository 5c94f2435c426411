/**
 * From facts to indicators: every value of DESIGN.md §4 and every breakdown
 * table, defined once here and read by the dashboard, the exports and the
 * report. Pure: facts, distinct persons, labels and targets in; the report's
 * values and tables out.
 */
import { DateTime } from 'luxon';
import {
  DEFAULT_WAIT_TARGET_MINUTES,
  INDICATORS,
  type IndicatorId,
  type IndicatorTableId,
  meetsTarget,
  percentileOfHistogram,
  WAIT_BUCKETS,
} from '../../../shared/indicators';
import { REFERRAL_STATUSES } from '../../../shared/referrals';
import type {
  IndicatorRow,
  IndicatorTable,
  IndicatorValue,
  Targets,
} from '../../../shared/schemas/indicators';
import type { Facts } from './facts';

export interface PeriodFacts {
  facts: Facts;
  /** Distinct identified people (not additive: counted from the contacts). */
  persons: number;
  /** Contacts per local date, for the time series. */
  series: { date: string; value: number }[];
}

export interface Labels {
  term(kind: 'area' | 'need_category' | 'visitor_type' | 'outcome' | 'heard_from', code: string): string;
  municipality(id: string): string;
  text(key: string, params?: Record<string, unknown>): string;
  weekday(isoWeekday: number): string;
  /** A date (YYYY-MM-DD), a week (YYYY-Www) or a month (YYYY-MM) in words. */
  period(key: string): string;
  ageBand(band: string): string;
  /** Outcome code → its group (desk, referral, own_worker, none). */
  outcomeGroup(code: string): string;
  /** Municipality id → residents (the tenant's municipalities). */
  population: ReadonlyMap<string, number>;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? round(a / b) : null);
const round = (n: number) => Math.round(n * 10_000) / 10_000;
const LEFT_UNSEEN = ['no_show', 'cancelled', 'not_served'];

function byGroup(facts: Facts, labels: Labels): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, n] of facts.byKey('outcome')) {
    const group = labels.outcomeGroup(code);
    out.set(group, (out.get(group) ?? 0) + n);
  }
  return out;
}

/** Every scalar indicator of one period. */
export function scalarValues(
  period: PeriodFacts,
  labels: Labels,
  waitTarget: number,
): Record<IndicatorId, number | null> {
  const f = period.facts;
  const contacts = f.total('contacts');
  const requests = f.total('requests');
  const walkIn = f.byKey('channel').get('walk_in') ?? 0;
  const tickets = f.byKey('tickets');
  const ticketTotal = f.total('tickets');
  const wait = f.histogram('wait');
  const waitCount = f.total('wait');
  const referrals = f.total('referrals');
  const referralStatus = f.byKey('referrals');
  const groups = byGroup(f, labels);
  const feedback = f.histogram('feedback');
  const responses = f.total('feedback');
  let scoreSum = 0;
  for (const [score, n] of feedback) scoreSum += score * n;
  let residents = 0;
  let residentContacts = 0;
  for (const [id, population] of labels.population) {
    residents += population;
    residentContacts += f.byKey('municipality').get(id) ?? 0;
  }
  const above = [...wait].filter(([m]) => m > waitTarget).reduce((s, [, n]) => s + n, 0);
  const newPersons = f.total('persons_new');
  return {
    contacts,
    persons: period.persons,
    persons_new: newPersons,
    persons_returning: Math.max(0, period.persons - newPersons),
    anonymous_contacts: f.total('anonymous'),
    requests,
    requests_per_contact: ratio(requests, contacts),
    openings: f.total('openings'),
    contacts_per_opening: ratio(walkIn, f.total('openings')),
    contacts_per_operator_hour: ratio(walkIn * 60, f.total('operator_min')),
    contacts_per_1000_residents: ratio(residentContacts * 1000, residents),
    tickets: ticketTotal,
    wait_median: percentileOfHistogram(wait, 0.5),
    wait_p90: percentileOfHistogram(wait, 0.9),
    wait_max: waitCount > 0 ? Math.max(...wait.keys()) : null,
    wait_above_target_share: ratio(above, waitCount),
    service_median: percentileOfHistogram(f.histogram('service'), 0.5),
    service_p90: percentileOfHistogram(f.histogram('service'), 0.9),
    left_unseen_share: ratio(
      LEFT_UNSEEN.reduce((s, k) => s + (tickets.get(k) ?? 0), 0),
      ticketTotal,
    ),
    copresence_coverage: ratio(f.total('covered_min'), f.total('opening_min')),
    joint_assessment_rate: ratio(f.total('joint'), contacts),
    interpreter_share: ratio(f.total('interpreter'), contacts),
    resolved_at_desk_share: ratio(groups.get('desk') ?? 0, requests),
    referred_share: ratio(groups.get('referral') ?? 0, requests),
    own_worker_share: ratio(groups.get('own_worker') ?? 0, requests),
    repeat_requests_30d: f.total('repeat'),
    repeat_share_30d: ratio(f.total('repeat'), f.total('identified_requests')),
    referrals,
    referral_accepted_share: ratio(f.total('ref_accept_h'), referrals),
    referral_accept_median_hours: percentileOfHistogram(f.histogram('ref_accept_h'), 0.5),
    referral_completed_share: ratio(referralStatus.get('completed') ?? 0, referrals),
    referral_rejected_share: ratio(referralStatus.get('rejected') ?? 0, referrals),
    referrals_overdue: f.total('ref_overdue'),
    bounces: f.total('bounces'),
    bounces_per_100_referrals: ratio(f.total('bounces') * 100, referrals),
    satisfaction_mean: ratio(scoreSum, responses),
    satisfaction_responses: responses,
    satisfaction_response_rate: ratio(responses, tickets.get('done') ?? 0),
  };
}

export function indicatorValues(
  current: PeriodFacts,
  previous: PeriodFacts | null,
  labels: Labels,
  targets: Targets,
  waitTarget = DEFAULT_WAIT_TARGET_MINUTES,
): IndicatorValue[] {
  const now = scalarValues(current, labels, waitTarget);
  const before = previous ? scalarValues(previous, labels, waitTarget) : null;
  return INDICATORS.map(({ id }) => {
    const target = targets[id] ?? null;
    return {
      id,
      value: now[id],
      previous: before?.[id] ?? null,
      target,
      met: meetsTarget(id, now[id], target),
    };
  });
}

type Entry = [key: string, value: number];

function table(
  id: IndicatorTableId,
  entries: Entry[],
  previous: ReadonlyMap<string, number> | null,
  label: (key: string) => string,
  options: { sort?: boolean; rate?: (key: string, value: number) => number | null } = {},
): IndicatorTable {
  const total = entries.reduce((s, [, v]) => s + v, 0);
  const sorted = options.sort
    ? [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    : entries;
  const rows: IndicatorRow[] = sorted.map(([key, value]) => ({
    key,
    label: label(key),
    value,
    share: total > 0 ? round(value / total) : null,
    previous: previous ? (previous.get(key) ?? 0) : null,
    rate: options.rate ? options.rate(key, value) : null,
  }));
  return { id, total, rows };
}

const entriesOf = (facts: Facts, metric: Parameters<Facts['byKey']>[0]): Entry[] => [...facts.byKey(metric)];

function bucketWait(facts: Facts): Map<string, number> {
  const out = new Map<string, number>();
  for (const [minutes, n] of facts.histogram('wait')) {
    const i = WAIT_BUCKETS.findLastIndex((b) => minutes >= b);
    const key =
      i === WAIT_BUCKETS.length - 1
        ? `${WAIT_BUCKETS[i]}+`
        : `${WAIT_BUCKETS[i]}-${WAIT_BUCKETS[i + 1]! - 1}`;
    out.set(key, (out.get(key) ?? 0) + n);
  }
  return out;
}

const WAIT_KEYS = WAIT_BUCKETS.map((b, i) =>
  i === WAIT_BUCKETS.length - 1 ? `${b}+` : `${b}-${WAIT_BUCKETS[i + 1]! - 1}`,
);

interface DateKeys {
  week: string;
  month: string;
  weekday: string;
}
const dateKeysCache = new Map<string, DateKeys>();

/** A date's ISO week, month and ISO weekday keys (remembered: a report asks for the same dates often). */
function dateKeys(date: string): DateKeys {
  let keys = dateKeysCache.get(date);
  if (!keys) {
    const d = DateTime.fromISO(date);
    keys = {
      week: `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`,
      month: date.slice(0, 7),
      weekday: String(d.weekday),
    };
    if (dateKeysCache.size > 20_000) dateKeysCache.clear();
    dateKeysCache.set(date, keys);
  }
  return keys;
}

/** Group a daily series by a key of the date (week, month, weekday). */
function seriesBy(series: PeriodFacts['series'], key: keyof DateKeys): Entry[] {
  const out = new Map<string, number>();
  for (const { date, value } of series) {
    const k = dateKeys(date)[key];
    out.set(k, (out.get(k) ?? 0) + value);
  }
  return [...out].sort((a, b) => a[0].localeCompare(b[0]));
}

/** Previous period's series by position (day 1 with day 1, week 1 with week 1…). */
function aligned(current: Entry[], previous: Entry[] | null): Map<string, number> | null {
  if (!previous) return null;
  return new Map(current.map(([key], i) => [key, previous[i]?.[1] ?? 0]));
}

export function indicatorTables(
  current: PeriodFacts,
  previous: PeriodFacts | null,
  labels: Labels,
): IndicatorTable[] {
  const f = current.facts;
  const p = previous?.facts ?? null;
  const prev = (metric: Parameters<Facts['byKey']>[0]) => (p ? p.byKey(metric) : null);
  const t = labels.text;
  const notGiven = t('dashboardLabels.notGiven');
  const or = (label: (k: string) => string) => (key: string) => (key === '' ? notGiven : label(key));
  const days = current.series.map((s): Entry => [s.date, s.value]);
  const previousDays = previous?.series.map((s): Entry => [s.date, s.value]) ?? null;
  const grouped = (key: keyof DateKeys) => {
    const now = seriesBy(current.series, key);
    return [now, aligned(now, previous ? seriesBy(previous.series, key) : null)] as const;
  };
  const [weeks, previousWeeks] = grouped('week');
  const [months, previousMonths] = grouped('month');
  const weekdays = seriesBy(current.series, 'weekday');
  const ordered = (keys: readonly string[], values: ReadonlyMap<string, number>): Entry[] =>
    keys.map((k) => [k, values.get(k) ?? 0]);
  const outcomeGroups = byGroup(f, labels);
  const scores = f.byKey('feedback');
  return [
    table('by_day', days, aligned(days, previousDays), labels.period),
    table('by_week', weeks, previousWeeks, labels.period),
    table('by_month', months, previousMonths, labels.period),
    table('by_weekday', weekdays, p ? new Map(seriesBy(previous!.series, 'weekday')) : null, (k) =>
      labels.weekday(Number(k)),
    ),
    table(
      'by_hour',
      [...f.byKey('hour')].sort((a, b) => a[0].localeCompare(b[0])),
      prev('hour'),
      (k) => `${k}:00`,
    ),
    table('by_municipality', entriesOf(f, 'municipality'), prev('municipality'), or(labels.municipality), {
      sort: true,
      rate: (key, value) => {
        const population = labels.population.get(key);
        return population ? round((value * 1000) / population) : null;
      },
    }),
    table('by_area', entriesOf(f, 'area'), prev('area'), (k) => labels.term('area', k), { sort: true }),
    table('by_category', entriesOf(f, 'category'), prev('category'), (k) => labels.term('need_category', k), {
      sort: true,
    }),
    table(
      'by_visitor_type',
      entriesOf(f, 'visitor'),
      prev('visitor'),
      (k) => labels.term('visitor_type', k),
      {
        sort: true,
      },
    ),
    table('by_channel', entriesOf(f, 'channel'), prev('channel'), (k) => t(`contacts.channels.${k}`), {
      sort: true,
    }),
    table('by_age_band', [...f.byKey('age_band')].sort(), prev('age_band'), labels.ageBand),
    table('by_sex', entriesOf(f, 'sex'), prev('sex'), (k) => t(`contactForm.sexes.${k}`), { sort: true }),
    table('by_citizenship', entriesOf(f, 'citizenship'), prev('citizenship'), (k) =>
      t(`contactForm.citizenshipGroups.${k}`),
    ),
    table(
      'by_heard_from',
      entriesOf(f, 'heard_from'),
      prev('heard_from'),
      or((k) => labels.term('heard_from', k)),
      {
        sort: true,
      },
    ),
    table('by_outcome', entriesOf(f, 'outcome'), prev('outcome'), (k) => labels.term('outcome', k), {
      sort: true,
    }),
    table(
      'by_outcome_group',
      [...outcomeGroups],
      p ? byGroup(p, labels) : null,
      (k) => t(`dashboardLabels.outcomeGroups.${k}`),
      {
        sort: true,
      },
    ),
    table('wait_distribution', ordered(WAIT_KEYS, bucketWait(f)), p ? bucketWait(p) : null, (k) =>
      t('dashboardLabels.minutes', { range: k }),
    ),
    table('ticket_statuses', entriesOf(f, 'tickets'), prev('tickets'), (k) => t(`ticketStatuses.${k}`), {
      sort: true,
    }),
    table(
      'referral_funnel',
      ordered(
        REFERRAL_STATUSES.filter((s) => s !== 'draft' && s !== 'entered-in-error'),
        f.byKey('referrals'),
      ),
      prev('referrals'),
      (k) => t(`referrals.statuses.${k}`),
    ),
    table(
      'referral_rejection_reasons',
      entriesOf(f, 'ref_rejected_reason'),
      prev('ref_rejected_reason'),
      or((k) => k),
      {
        sort: true,
      },
    ),
    table('satisfaction_scores', ordered(['1', '2', '3', '4', '5'], scores), prev('feedback'), (k) =>
      t('dashboardLabels.score', { score: k }),
    ),
  ];
}
