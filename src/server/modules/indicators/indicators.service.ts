/**
 * The pilot's indicators (DESIGN.md §4), read from the daily/monthly rollups
 * (or, with a filter by organisation, municipality or area, computed from the
 * period's records by the same functions), compared with the previous period
 * of equal length and with the pilot's targets.
 */
import { DateTime } from 'luxon';
import { DEFAULT_WAIT_TARGET_MINUTES } from '../../../shared/indicators';
import { can } from '../../../shared/permissions';
import type { Language } from '../../../shared/roles';
import type { IndicatorQueryValues, IndicatorReport, Pilot } from '../../../shared/schemas/indicators';
import { requireActor } from '../../auth/policies';
import { type Ctx, nowIso } from '../../context';
import { forbidden } from '../../errors';
import { desksStaffedBy } from '../referrals/referrals.repo';
import { indicatorTables, indicatorValues, type PeriodFacts } from './compute';
import { DESK_METRICS, Facts, type Metric } from './facts';
import { compareWindow, loadLabels } from './labels';
import { distinctPersons } from './person-sets.service';
import { pilotForDesk } from './pilots.service';
import { countPersons } from './records.repo';
import { filteredPeriodFacts } from './records.service';
import * as rollups from './rollups.repo';
import { refreshDirtyRollups } from './rollups.service';

/** Which desks a report covers and the language of its labels; the caller has checked access. */
export interface ReportScope {
  tenantId: string;
  deskIds: string[];
  lang: Language;
}

/**
 * The desks the signed-in reader may see indicators of: those their
 * organisation staffs (admins: all). Access check first; a desk outside them is 403.
 */
export async function reportScope(
  ctx: Ctx,
  deskId: string | undefined,
  lang: Language,
): Promise<ReportScope> {
  const actor = requireActor(ctx);
  if (!can(actor.roles, 'indicator.read') && !can(actor.roles, 'indicator.export')) throw forbidden();
  const mine = await desksStaffedBy(ctx.db, actor.tenantId, actor.organisationId);
  if (deskId && !mine.includes(deskId)) throw forbidden('errors.deskNotStaffed', 'desk_not_staffed');
  return { tenantId: actor.tenantId, deskIds: deskId ? [deskId] : mine, lang };
}

/** The dashboard's report for the signed-in coordinator. */
export async function indicatorReport(
  ctx: Ctx,
  query: IndicatorQueryValues,
  lang: Language,
): Promise<IndicatorReport> {
  const scope = await reportScope(ctx, query.deskId, lang);
  return buildReport(ctx, scope, query);
}

const isFiltered = (q: IndicatorQueryValues) => Boolean(q.organisationId || q.municipalityId || q.areaCode);

/** Whole months inside [from, to] and the days outside them, to read monthly and daily rollups. */
export function splitByMonths(from: string, to: string): { months: string[]; dayRanges: [string, string][] } {
  const months: string[] = [];
  const dayRanges: [string, string][] = [];
  let cursor = DateTime.fromISO(from);
  const end = DateTime.fromISO(to);
  while (cursor <= end) {
    const monthEnd = cursor.endOf('month').startOf('day');
    const last = DateTime.min(monthEnd, end);
    if (cursor.day === 1 && last.equals(monthEnd)) months.push(cursor.toFormat('yyyy-MM'));
    else dayRanges.push([cursor.toISODate() as string, last.toISODate() as string]);
    cursor = last.plus({ days: 1 });
  }
  return { months, dayRanges };
}

/**
 * How to read a period's additive facts with the fewest rollup rows: whole
 * months from the monthly rollups; a partial month covering more than half
 * its days as its month minus the days left out (facts are sums, so the
 * difference is exact); other partial months day by day.
 */
export function factReads(from: string, to: string) {
  const { months, dayRanges } = splitByMonths(from, to);
  const plus: [string, string][] = [];
  const minus: [string, string][] = [];
  const wholeMonths = [...months];
  for (const [a, b] of dayRanges) {
    const first = DateTime.fromISO(a).startOf('month');
    const last = first.endOf('month').startOf('day');
    const days = DateTime.fromISO(b).diff(DateTime.fromISO(a), 'days').days + 1;
    if (days * 2 <= first.daysInMonth!) {
      plus.push([a, b]);
      continue;
    }
    wholeMonths.push(first.toFormat('yyyy-MM'));
    const before = DateTime.fromISO(a).minus({ days: 1 });
    const after = DateTime.fromISO(b).plus({ days: 1 });
    if (before >= first) minus.push([first.toISODate() as string, before.toISODate() as string]);
    if (after <= last) minus.push([after.toISODate() as string, last.toISODate() as string]);
  }
  return { months: wholeMonths, plus, minus };
}

/** The summed rollup facts of the desks over a period (optionally only some metrics). */
export async function rollupFacts(
  ctx: Ctx,
  tenantId: string,
  deskIds: readonly string[],
  from: string,
  to: string,
  metrics?: readonly string[],
): Promise<Facts> {
  const { months, plus, minus } = factReads(from, to);
  const daily = ([a, b]: [string, string]) => rollups.sumDaily(ctx.db, tenantId, deskIds, a, b, metrics);
  const [packed, added, removed] = await Promise.all([
    rollups.packedMonths(ctx.db, tenantId, deskIds, months),
    Promise.all(plus.map(daily)),
    Promise.all(minus.map(daily)),
  ]);
  const facts = Facts.fromRows(added.flat());
  const wanted = metrics ? new Set(metrics) : null;
  for (const month of packed)
    for (const [metric, keys] of Object.entries(JSON.parse(month) as Record<Metric, Record<string, number>>))
      if (!wanted || wanted.has(metric)) for (const key in keys) facts.add(metric as Metric, key, keys[key]!);
  for (const r of removed.flat()) facts.add(r.metric as Metric, r.key, -Number(r.value));
  return facts.withoutZeros();
}

/** Distinct people of an unfiltered period, from the person sets of its months and edge days. */
function periodPersons(ctx: Ctx, scope: ReportScope, from: string, to: string): Promise<number> {
  const { months, dayRanges } = splitByMonths(from, to);
  return distinctPersons(ctx, scope.tenantId, scope.deskIds, months, dayRanges);
}

/** One period's facts, persons and series: rollups, or the records when filtered. */
async function periodFacts(
  ctx: Ctx,
  scope: ReportScope,
  query: IndicatorQueryValues,
  from: string,
  to: string,
): Promise<PeriodFacts> {
  const filter = {
    deskIds: scope.deskIds,
    from,
    to,
    organisationId: query.organisationId,
    municipalityId: query.municipalityId,
    areaCode: query.areaCode,
  };
  // Independent reads, so PostgreSQL can run them at once on several connections.
  if (isFiltered(query)) {
    const [filtered, deskFacts, persons] = await Promise.all([
      filteredPeriodFacts(ctx, scope.tenantId, filter),
      rollupFacts(ctx, scope.tenantId, scope.deskIds, from, to, DESK_METRICS),
      countPersons(ctx.db, scope.tenantId, filter),
    ]);
    filtered.facts.addAll(deskFacts);
    return { facts: filtered.facts, persons, series: dailySeries(from, to, filtered.contactsByDate) };
  }
  const [facts, totals, persons] = await Promise.all([
    rollupFacts(ctx, scope.tenantId, scope.deskIds, from, to),
    rollups.dailyTotals(ctx.db, scope.tenantId, scope.deskIds, from, to, 'contacts'),
    periodPersons(ctx, scope, from, to),
  ]);
  const byDate = new Map(totals.map((t) => [t.date, Number(t.value)]));
  return { facts, persons, series: dailySeries(from, to, byDate) };
}

/** Every date of the period with its contacts (0 on days without). */
function dailySeries(from: string, to: string, values: Map<string, number>) {
  const out: PeriodFacts['series'] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push({ date, value: values.get(date) ?? 0 });
  }
  return out;
}

/** The report for a scope already checked: the dashboard, exports and the PDF use this. */
export async function buildReport(
  ctx: Ctx,
  scope: ReportScope,
  query: IndicatorQueryValues,
): Promise<IndicatorReport> {
  await refreshDirtyRollups(ctx, scope.tenantId, { deskIds: scope.deskIds });
  const labels = await loadLabels(ctx, scope, query);
  const pilot: Pilot | null =
    scope.deskIds.length === 1 ? await pilotForDesk(ctx, scope.tenantId, scope.deskIds[0]!, query.to) : null;
  const previous = query.compare ? compareWindow(query.from, query.to) : null;
  const [current, before] = await Promise.all([
    periodFacts(ctx, scope, query, query.from, query.to),
    previous ? periodFacts(ctx, scope, query, previous.from, previous.to) : null,
  ]);
  return {
    period: { from: query.from, to: query.to },
    previous,
    desks: labels.desks,
    filters: labels.filters,
    pilot,
    values: indicatorValues(
      current,
      before,
      labels,
      pilot?.targets ?? {},
      pilot?.waitTargetMinutes ?? DEFAULT_WAIT_TARGET_MINUTES,
    ),
    tables: indicatorTables(current, before, labels),
    source: isFiltered(query) ? 'records' : 'rollup',
    generatedAt: nowIso(ctx),
  };
}
