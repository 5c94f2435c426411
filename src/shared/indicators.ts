/**
 * The pilot's indicators (DESIGN.md §4) as data: one definition each, read by
 * the dashboard, the CSV/XLSX exports and the PDF report alike. Labels and
 * definitions are translated under `indicators.<id>.label` / `.definition`;
 * tables under `indicatorTables.<id>`. A test checks every one is translated.
 */

export const INDICATOR_GROUPS = [
  'volumes',
  'requests', //     types of requests
  'functioning', //  organisational functioning: queue, co-presence, joint work
  'outcomes',
  'referrals',
  'satisfaction',
] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

/** How a value reads: a count, a share 0–1, minutes, hours, a rate, a mean score. */
export type IndicatorUnit = 'count' | 'share' | 'minutes' | 'hours' | 'ratio' | 'per100' | 'score';

export interface IndicatorDefinition {
  id: string;
  group: IndicatorGroup;
  unit: IndicatorUnit;
  /** Which way is better, for targets; null: no direction (a volume). */
  better: 'higher' | 'lower' | null;
  /** Describes the people's flows (filterable by organisation, municipality, area), or the desk (not filterable). */
  scope: 'contacts' | 'desk';
}

const def = <Id extends string>(
  id: Id,
  group: IndicatorGroup,
  unit: IndicatorUnit,
  better: IndicatorDefinition['better'] = null,
  scope: IndicatorDefinition['scope'] = 'contacts',
): IndicatorDefinition & { id: Id } => ({ id, group, unit, better, scope });

/** Every scalar indicator, in the order the dashboard, exports and report show them. */
export const INDICATORS = [
  // Volumes
  def('contacts', 'volumes', 'count'),
  def('persons', 'volumes', 'count'),
  def('persons_new', 'volumes', 'count'),
  def('persons_returning', 'volumes', 'count'),
  def('anonymous_contacts', 'volumes', 'count'),
  def('requests', 'volumes', 'count'),
  def('requests_per_contact', 'volumes', 'ratio'),
  def('openings', 'volumes', 'count', null, 'desk'),
  def('contacts_per_opening', 'volumes', 'ratio'),
  def('contacts_per_operator_hour', 'volumes', 'ratio'),
  def('contacts_per_1000_residents', 'volumes', 'ratio'),
  // Organisational functioning
  def('tickets', 'functioning', 'count', null, 'desk'),
  def('wait_median', 'functioning', 'minutes', 'lower', 'desk'),
  def('wait_p90', 'functioning', 'minutes', 'lower', 'desk'),
  def('wait_max', 'functioning', 'minutes', 'lower', 'desk'),
  def('wait_above_target_share', 'functioning', 'share', 'lower', 'desk'),
  def('service_median', 'functioning', 'minutes', null, 'desk'),
  def('service_p90', 'functioning', 'minutes', null, 'desk'),
  def('left_unseen_share', 'functioning', 'share', 'lower', 'desk'),
  def('copresence_coverage', 'functioning', 'share', 'higher', 'desk'),
  def('joint_assessment_rate', 'functioning', 'share', 'higher'),
  def('interpreter_share', 'functioning', 'share'),
  // Outcomes
  def('resolved_at_desk_share', 'outcomes', 'share', 'higher'),
  def('referred_share', 'outcomes', 'share'),
  def('own_worker_share', 'outcomes', 'share'),
  def('repeat_requests_30d', 'outcomes', 'count', 'lower'),
  def('repeat_share_30d', 'outcomes', 'share', 'lower'),
  // Referrals
  def('referrals', 'referrals', 'count'),
  def('referral_accepted_share', 'referrals', 'share', 'higher'),
  def('referral_accept_median_hours', 'referrals', 'hours', 'lower'),
  def('referral_completed_share', 'referrals', 'share', 'higher'),
  def('referral_rejected_share', 'referrals', 'share', 'lower'),
  def('referrals_overdue', 'referrals', 'count', 'lower'),
  def('bounces', 'referrals', 'count', 'lower'),
  def('bounces_per_100_referrals', 'referrals', 'per100', 'lower'),
  // Satisfaction
  def('satisfaction_mean', 'satisfaction', 'score', 'higher', 'desk'),
  def('satisfaction_responses', 'satisfaction', 'count', null, 'desk'),
  def('satisfaction_response_rate', 'satisfaction', 'share', 'higher', 'desk'),
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorId = (typeof INDICATORS)[number]['id'];
export const INDICATOR_IDS = INDICATORS.map((i) => i.id) as IndicatorId[];

export function indicatorDefinition(id: IndicatorId): IndicatorDefinition {
  return INDICATORS.find((i) => i.id === id) as IndicatorDefinition;
}

/**
 * The breakdown tables. Every row has a key (a code, a date, an hour), a count
 * and its share of the table's total; `rate` is per 1,000 residents (by
 * municipality only). Labels come from vocabularies or translations.
 */
export const INDICATOR_TABLES = [
  { id: 'by_day', group: 'volumes', counts: 'contacts' },
  { id: 'by_week', group: 'volumes', counts: 'contacts' },
  { id: 'by_month', group: 'volumes', counts: 'contacts' },
  { id: 'by_weekday', group: 'volumes', counts: 'contacts' },
  { id: 'by_hour', group: 'volumes', counts: 'contacts' },
  { id: 'by_municipality', group: 'volumes', counts: 'contacts' },
  { id: 'by_area', group: 'requests', counts: 'requests' },
  { id: 'by_category', group: 'requests', counts: 'requests' },
  { id: 'by_visitor_type', group: 'requests', counts: 'contacts' },
  { id: 'by_channel', group: 'requests', counts: 'contacts' },
  { id: 'by_age_band', group: 'requests', counts: 'contacts' },
  { id: 'by_sex', group: 'requests', counts: 'contacts' },
  { id: 'by_citizenship', group: 'requests', counts: 'contacts' },
  { id: 'by_heard_from', group: 'requests', counts: 'contacts' },
  { id: 'by_outcome', group: 'outcomes', counts: 'requests' },
  { id: 'by_outcome_group', group: 'outcomes', counts: 'requests' },
  { id: 'wait_distribution', group: 'functioning', counts: 'tickets' },
  { id: 'ticket_statuses', group: 'functioning', counts: 'tickets' },
  { id: 'referral_funnel', group: 'referrals', counts: 'referrals' },
  { id: 'referral_rejection_reasons', group: 'referrals', counts: 'referrals' },
  { id: 'satisfaction_scores', group: 'satisfaction', counts: 'responses' },
] as const;
export type IndicatorTableId = (typeof INDICATOR_TABLES)[number]['id'];
export const INDICATOR_TABLE_IDS = INDICATOR_TABLES.map((t) => t.id) as IndicatorTableId[];

/** Tables whose rows are groups of contacts: their rows open the list of those contacts (drill-down). */
export const DRILLABLE_TABLES: readonly IndicatorTableId[] = [
  'by_day',
  'by_week',
  'by_month',
  'by_weekday',
  'by_hour',
  'by_municipality',
  'by_area',
  'by_category',
  'by_visitor_type',
  'by_channel',
  'by_age_band',
  'by_sex',
  'by_citizenship',
  'by_heard_from',
  'by_outcome',
  'by_outcome_group',
];

/** The most contacts a drill-down list shows. */
export const DRILL_DOWN_LIMIT = 500;

/** Wait buckets of the wait_distribution table, in minutes: [0,10), [10,20), … [60, ∞). */
export const WAIT_BUCKETS = [0, 10, 20, 30, 45, 60] as const;

/** The default wait target (minutes) of `wait_above_target_share`, when the pilot sets none. */
export const DEFAULT_WAIT_TARGET_MINUTES = 30;

/** Repeat contacts: the same person, the same need category, within this many days. */
export const REPEAT_WINDOW_DAYS = 30;

/** Statistical disclosure control: exported counts below this show as "<5". */
export const SMALL_CELL = 5;

/** A pilot lasts six months unless its end is set. */
export const DEFAULT_PILOT_MONTHS = 6;

/** The text a suppressed cell shows, in exports and the report. */
export const SUPPRESSED = '<5';

/** Shown instead of a count below SMALL_CELL when suppression is on. Zero stays zero (no one to re-identify). */
export function suppress(value: number, on: boolean): number | typeof SUPPRESSED {
  return on && value > 0 && value < SMALL_CELL ? SUPPRESSED : value;
}

/** Whether a value meets its target, given the indicator's direction; null when there is nothing to compare. */
export function meetsTarget(id: IndicatorId, value: number | null, target: number | null): boolean | null {
  const better = indicatorDefinition(id).better;
  if (value === null || target === null || better === null) return null;
  return better === 'higher' ? value >= target : value <= target;
}

/**
 * Percentile by the nearest-rank method on a histogram of whole units
 * (key → count): the smallest key whose cumulative count reaches p of the total.
 * Used on rollup histograms and on raw values alike, so both agree exactly.
 */
export function percentileOfHistogram(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const keys = [...histogram.keys()].sort((a, b) => a - b);
  const total = keys.reduce((sum, k) => sum + (histogram.get(k) ?? 0), 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const k of keys) {
    seen += histogram.get(k) ?? 0;
    if (seen >= rank) return k;
  }
  return keys[keys.length - 1] ?? null;
}
