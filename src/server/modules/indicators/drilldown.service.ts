/**
 * Drill-down: the contacts behind a row of a breakdown table (an audited
 * read). Rows carry no names: date, desk, channel, residence, age band and
 * the requests, each linking to the contact for those allowed to open it.
 */
import { DateTime } from 'luxon';
import { DRILL_DOWN_LIMIT, DRILLABLE_TABLES, type IndicatorTableId } from '../../../shared/indicators';
import type { Language } from '../../../shared/roles';
import type { DrillDownList, IndicatorQueryValues } from '../../../shared/schemas/indicators';
import { recordAudit } from '../../audit/trail';
import { type Ctx, inTransaction } from '../../context';
import { invalidField } from '../../errors';
import { localHour } from './facts';
import { reportScope } from './indicators.service';
import { loadLabels } from './labels';
import { contactsWithRequests } from './records.repo';

type ContactRow = Awaited<ReturnType<typeof contactsWithRequests>>[number];

/** Does this contact belong to the row `key` of `table`? */
function matcher(
  table: IndicatorTableId,
  key: string,
  outcomeGroup: (code: string) => string,
): (c: ContactRow) => boolean {
  const date = (c: ContactRow) => DateTime.fromISO(c.date);
  const anyRequest = (test: (r: ContactRow['requests'][number]) => boolean) => (c: ContactRow) =>
    c.requests.some(test);
  const matchers: Partial<Record<IndicatorTableId, (c: ContactRow) => boolean>> = {
    by_day: (c) => c.date === key,
    by_week: (c) => `${date(c).weekYear}-W${String(date(c).weekNumber).padStart(2, '0')}` === key,
    by_month: (c) => c.date.slice(0, 7) === key,
    by_weekday: (c) => String(date(c).weekday) === key,
    by_hour: (c) => localHour(c.started_at) === key,
    by_municipality: (c) => (c.municipality_id ?? '') === key,
    by_area: anyRequest((r) => r.area_code === key),
    by_category: anyRequest((r) => r.category_code === key),
    by_visitor_type: (c) => c.visitor_type === key,
    by_channel: (c) => c.channel === key,
    by_age_band: (c) => c.age_band === key,
    by_sex: (c) => c.sex === key,
    by_citizenship: (c) => c.citizenship_group === key,
    by_heard_from: (c) => (c.heard_from ?? '') === key,
    by_outcome: anyRequest((r) => r.outcome_code === key),
    by_outcome_group: anyRequest((r) => outcomeGroup(r.outcome_code) === key),
  };
  return matchers[table] ?? (() => true);
}

export async function drillDown(
  ctx: Ctx,
  input: { query: IndicatorQueryValues; table?: string | undefined; key?: string | undefined },
  lang: Language,
): Promise<DrillDownList> {
  const scope = await reportScope(ctx, input.query.deskId, lang);
  const table = input.table as IndicatorTableId | undefined;
  if (table && !DRILLABLE_TABLES.includes(table)) {
    throw invalidField('table', 'validation.notDrillable');
  }
  const labels = await loadLabels(ctx, scope, input.query);
  const { query } = input;
  const contacts = await contactsWithRequests(ctx.db, scope.tenantId, {
    deskIds: scope.deskIds,
    from: query.from,
    to: query.to,
    organisationId: query.organisationId,
    municipalityId: query.municipalityId,
    areaCode: query.areaCode,
  });
  const matches = table ? contacts.filter(matcher(table, input.key ?? '', labels.outcomeGroup)) : contacts;
  matches.sort((a, b) => b.date.localeCompare(a.date) || b.started_at.localeCompare(a.started_at));
  const deskName = new Map(labels.desks.map((d) => [d.id, d.name]));
  return inTransaction(ctx, async (tx) => {
    await recordAudit(tx, { action: 'indicators.drilldown_viewed', entityType: 'contact' });
    return {
      truncated: matches.length > DRILL_DOWN_LIMIT,
      rows: matches.slice(0, DRILL_DOWN_LIMIT).map((c) => ({
        contactId: c.id,
        date: c.date,
        deskName: deskName.get(c.desk_id) ?? '',
        channel: labels.text(`contacts.channels.${c.channel}`),
        anonymous: c.person_id === null,
        municipalityName: c.municipality_id ? labels.municipality(c.municipality_id) : null,
        ageBand: labels.ageBand(c.age_band),
        requests: c.requests.map((r) => ({
          area: labels.term('area', r.area_code),
          category: labels.term('need_category', r.category_code),
          outcome: labels.term('outcome', r.outcome_code),
        })),
        isJoint: c.is_joint === 1,
      })),
    };
  });
}
