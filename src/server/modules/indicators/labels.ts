/**
 * What a report needs beside its facts: labels in the reader's language
 * (vocabularies, municipalities, translations), populations for rates, the
 * desks and filter names for captions, and the comparison window.
 */
import { DateTime } from 'luxon';
import type { IndicatorQueryValues, IndicatorReport } from '../../../shared/schemas/indicators';
import type { Ctx } from '../../context';
import { translate } from '../../http/i18n';
import { listMunicipalities } from '../accounts/municipalities.repo';
import { listOrganisations } from '../accounts/organisations.repo';
import { listDesks } from '../desks/desks.repo';
import { listTerms } from '../vocabularies/vocabularies.repo';
import type { Labels } from './compute';
import type { ReportScope } from './indicators.service';

/** The previous period of equal length, ending the day before `from`. */
export function compareWindow(from: string, to: string): { from: string; to: string } {
  const start = DateTime.fromISO(from);
  const days = DateTime.fromISO(to).diff(start, 'days').days + 1;
  const previousTo = start.minus({ days: 1 });
  return {
    from: previousTo.minus({ days: days - 1 }).toISODate() as string,
    to: previousTo.toISODate() as string,
  };
}

/** A day, ISO week or month key in words: "lun 1 mar 2027", "settimana dal 1 mar 2027", "marzo 2027". */
export function periodLabel(key: string, lang: string): string {
  if (/^\d{4}-W\d{2}$/.test(key)) {
    const monday = DateTime.fromISO(key).setLocale(lang).toFormat('d LLL yyyy');
    return translate(lang as 'it', 'dashboardLabels.weekFrom', { date: monday });
  }
  if (/^\d{4}-\d{2}$/.test(key)) return DateTime.fromISO(`${key}-01`).setLocale(lang).toFormat('LLLL yyyy');
  return DateTime.fromISO(key).setLocale(lang).toFormat('ccc d LLL yyyy');
}

export type ReportLabels = Labels & {
  desks: IndicatorReport['desks'];
  filters: IndicatorReport['filters'];
};

export async function loadLabels(
  ctx: Ctx,
  scope: ReportScope,
  query: IndicatorQueryValues,
): Promise<ReportLabels> {
  const lang = scope.lang;
  const [terms, municipalities, organisations, desks] = await Promise.all([
    listTerms(ctx.db, scope.tenantId),
    listMunicipalities(ctx.db, scope.tenantId),
    listOrganisations(ctx.db, scope.tenantId),
    listDesks(ctx.db, scope.tenantId),
  ]);
  const termLabel = new Map(
    terms.map((t) => [`${t.kind}|${t.code}`, lang === 'en' ? t.label_en : t.label_it]),
  );
  const groups = new Map(
    terms.filter((t) => t.kind === 'outcome').map((t) => [t.code, t.outcome_group ?? 'none']),
  );
  const municipalityName = new Map(municipalities.map((m) => [m.id, m.name]));
  const weekday = (n: number) =>
    DateTime.fromObject({ weekday: n as 1 })
      .setLocale(lang)
      .toFormat('cccc');
  const area = query.areaCode ? (termLabel.get(`area|${query.areaCode}`) ?? query.areaCode) : null;
  return {
    term: (kind, code) => termLabel.get(`${kind}|${code}`) ?? code,
    municipality: (id) => municipalityName.get(id) ?? id,
    text: (key, params) => translate(lang, key, params),
    weekday,
    period: (key) => periodLabel(key, lang),
    ageBand: (band) =>
      band === 'unknown'
        ? translate(lang, 'dashboardLabels.notGiven')
        : translate(lang, 'people.ageBandValue', { band }),
    outcomeGroup: (code) => groups.get(code) ?? 'none',
    population: new Map(municipalities.filter((m) => m.population > 0).map((m) => [m.id, m.population])),
    desks: desks.filter((d) => scope.deskIds.includes(d.id)).map((d) => ({ id: d.id, name: d.name })),
    filters: {
      organisationName: organisations.find((o) => o.id === query.organisationId)?.name ?? null,
      municipalityName: query.municipalityId ? (municipalityName.get(query.municipalityId) ?? null) : null,
      areaLabel: area,
    },
  };
}
