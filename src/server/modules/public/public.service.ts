/**
 * What the public site shows, read without a signed-in user: active desks,
 * their calendar and live status, the public part of the directory, and the
 * aggregate visit counter. Presenters here whitelist every field that leaves
 * the server — a directory service's named contacts and internal settings
 * never do — and nothing about a visitor is ever stored.
 */
import { DateTime } from 'luxon';
import { CampaignTagCode, DEFAULT_CAMPAIGN_TAGS, type PublicLanguage } from '../../../shared/public';
import type { DeskView } from '../../../shared/schemas/accounts';
import { Id } from '../../../shared/schemas/common';
import type { ServiceView } from '../../../shared/schemas/directory';
import type { ClosureDay, DeskStatus, OpeningWindow } from '../../../shared/schemas/queue';
import type { Ctx } from '../../context';
import { notFound } from '../../errors';
import * as municipalities from '../accounts/municipalities.repo';
import * as campaign from '../campaign/campaign.repo';
import * as calendar from '../desks/calendar';
import { findPublicDesk } from '../desks/desks.service';
import * as openingsRepo from '../desks/openings.repo';
import { calendarDesk, storedOpening } from '../desks/openings.service';
import { findService, searchServicesOf } from '../directory/directory.service';
import { deskStatus } from '../queue/queue.views';
import * as repo from './public.repo';

/** The user areas residents can filter services by; their names are `areas.<code>` in the public catalogue. */
export const PUBLIC_AREAS = [
  'family_minors',
  'disability',
  'addiction',
  'elderly',
  'migrants',
  'poverty_adults',
  'multi_user',
] as const;

/** How far ahead the hours page looks for openings and closures. */
const DAYS_AHEAD = 60;

export interface PublicDesk {
  tenantId: string;
  desk: DeskView;
  phone: string | null;
  email: string | null;
  accessibilityUrl: string | null;
  municipality: string | null;
}

/** A closed day as residents read it; `reasonLang` is 'it' when the reason is Italian data (not translated). */
export interface PublicClosure {
  date: string;
  kind: ClosureDay['kind'];
  reason: string;
  reasonLang: PublicLanguage;
}

export interface PublicCalendar {
  openings: OpeningWindow[];
  closures: PublicClosure[];
}

/** An active desk by its public id, with its public contact details; not found for anything else. */
export async function loadPublicDesk(ctx: Ctx, deskId: string): Promise<PublicDesk> {
  if (!Id.safeParse(deskId).success) throw notFound();
  const { tenantId, desk } = await findPublicDesk(ctx, deskId);
  const [info, municipality] = await Promise.all([
    campaign.findPublicInfo(ctx.db, tenantId, desk.id),
    desk.municipalityId ? municipalities.findMunicipality(ctx.db, tenantId, desk.municipalityId) : null,
  ]);
  return {
    tenantId,
    desk,
    phone: info?.phone ?? null,
    email: info?.email ?? null,
    accessibilityUrl: info?.accessibility_url ?? null,
    municipality: municipality?.name ?? null,
  };
}

/** Every active desk (all tenants), for the public index. */
export async function listPublicDesks(ctx: Ctx): Promise<{ id: string; name: string; address: string }[]> {
  return (await repo.listActiveDesks(ctx.db)).map((row) => ({
    id: row.id,
    name: row.name,
    address: row.address,
  }));
}

/** The organisations behind every active desk, for the pages that speak for all of them. */
export function organisationsOfAllDesks(ctx: Ctx): Promise<string[]> {
  return repo.organisationsOfActiveDesks(ctx.db);
}

/**
 * Holiday names in the reader's language where date-holidays has them;
 * patron days, administrators' reasons and untranslated holidays stay Italian and say so.
 */
export function localiseClosures(closures: readonly ClosureDay[], lang: PublicLanguage): PublicClosure[] {
  return closures.map((closure) => {
    if (closure.kind !== 'holiday' || lang === 'it')
      return { date: closure.date, kind: closure.kind, reason: closure.reason, reasonLang: 'it' };
    const year = Number(closure.date.slice(0, 4));
    const italian = calendar.italianHolidays(year, 'it').find((h) => h.date === closure.date)?.name;
    const translated = calendar.italianHolidays(year, lang).find((h) => h.date === closure.date)?.name;
    const isTranslated = translated !== undefined && translated !== italian;
    return {
      date: closure.date,
      kind: closure.kind,
      reason: isTranslated ? translated : closure.reason,
      reasonLang: isTranslated ? lang : 'it',
    };
  });
}

/** Openings still to come (or under way) and closures from today, over the next two months. */
export async function upcomingCalendar(
  ctx: Ctx,
  pd: PublicDesk,
  lang: PublicLanguage,
): Promise<PublicCalendar> {
  const zone = pd.desk.timezone;
  const today = DateTime.fromJSDate(ctx.now(), { zone });
  const from = today.toISODate()!;
  const to = today.plus({ days: DAYS_AHEAD }).toISODate()!;
  const [openings, closures] = await Promise.all([
    openingsRepo.openingsBetween(ctx.db, pd.tenantId, pd.desk.id, from, to),
    openingsRepo.closuresBetween(ctx.db, pd.tenantId, pd.desk.id, from, to),
  ]);
  const days = calendar.closuresBetween(calendarDesk(pd.desk), closures, from, to);
  const now = ctx.now().toISOString();
  const windows = calendar
    .openingsBetween(calendarDesk(pd.desk), openings.map(storedOpening), days, from, to)
    .filter((w) => w.end > now && w.closedAt === null);
  return { openings: windows, closures: localiseClosures(days, lang) };
}

/** Open now, people waiting, estimated wait: the same figures as the kiosk and the display. */
export function liveStatus(ctx: Ctx, pd: PublicDesk): Promise<DeskStatus> {
  return deskStatus(ctx, pd.tenantId, pd.desk);
}

/** One hit of the public search: what a resident needs to choose, nothing internal. */
export interface PublicServiceSummary {
  id: string;
  name: string;
  alternateName: string | null;
  organisationName: string;
  description: string | null;
  isTemporarilyClosed: boolean;
  areaCodes: string[];
}

const isPublished = (status: ServiceView['status']) => status === 'active' || status === 'temporarily closed';

/** Search the desk's directory: published services only (active or temporarily closed). */
export async function searchPublicServices(
  ctx: Ctx,
  pd: PublicDesk,
  query: { q?: string | undefined; area?: string | undefined },
): Promise<PublicServiceSummary[]> {
  const area = PUBLIC_AREAS.find((code) => code === query.area);
  const { services } = await searchServicesOf(ctx, pd.tenantId, {
    q: query.q,
    ...(area ? { areaCode: area } : {}),
    limit: 200,
  });
  return services
    .filter((s) => isPublished(s.status))
    .map((s) => ({
      id: s.id,
      name: s.name,
      alternateName: s.alternateName,
      organisationName: s.organisationName,
      description: s.description,
      isTemporarilyClosed: s.status === 'temporarily closed',
      areaCodes: s.areaCodes,
    }));
}

/** A service's public card: no named contacts, no internal settings. */
export type PublicServiceDetails = Pick<
  ServiceView,
  | 'id'
  | 'name'
  | 'alternateName'
  | 'organisationName'
  | 'description'
  | 'eligibilityDescription'
  | 'minimumAge'
  | 'maximumAge'
  | 'applicationProcess'
  | 'feesDescription'
  | 'languages'
  | 'interpretationServices'
  | 'url'
  | 'email'
  | 'alert'
  | 'areaCodes'
> & {
  isTemporarilyClosed: boolean;
  locations: Omit<ServiceView['locations'][number], 'id'>[];
  schedules: Omit<ServiceView['schedules'][number], 'id'>[];
  phones: Omit<ServiceView['phones'][number], 'id'>[];
  costOptions: Omit<ServiceView['costOptions'][number], 'id'>[];
};

const withoutId = <T extends { id: string }>({ id: _id, ...rest }: T): Omit<T, 'id'> => rest;

/** A published service of the desk's tenant; not found when unknown, inactive or defunct. */
export async function publicService(
  ctx: Ctx,
  pd: PublicDesk,
  serviceId: string,
): Promise<PublicServiceDetails> {
  if (!Id.safeParse(serviceId).success) throw notFound();
  const s = await findService(ctx, pd.tenantId, serviceId);
  if (!s || !isPublished(s.status)) throw notFound();
  return {
    id: s.id,
    name: s.name,
    alternateName: s.alternateName,
    organisationName: s.organisationName,
    description: s.description,
    eligibilityDescription: s.eligibilityDescription,
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    applicationProcess: s.applicationProcess,
    feesDescription: s.feesDescription,
    languages: s.languages,
    interpretationServices: s.interpretationServices,
    url: s.url,
    email: s.email,
    alert: s.alert,
    areaCodes: s.areaCodes,
    isTemporarilyClosed: s.status === 'temporarily closed',
    locations: s.locations.map(withoutId),
    schedules: s.schedules.map(withoutId),
    phones: s.phones.map(withoutId),
    costOptions: s.costOptions.map(withoutId),
  };
}

/** The tag a visit is counted under: a default or desk tag's code, '' for none or anything unknown. */
export async function campaignTagOf(ctx: Ctx, pd: PublicDesk, value: string | undefined): Promise<string> {
  const code = CampaignTagCode.safeParse(value);
  if (!code.success) return '';
  if (DEFAULT_CAMPAIGN_TAGS.some((tag) => tag.code === code.data)) return code.data;
  return (await campaign.hasCampaignTag(ctx.db, pd.tenantId, pd.desk.id, code.data)) ? code.data : '';
}

/**
 * Count one page view on the desk's local day, under its campaign tag and language.
 * Aggregate only: no address, no agent, no cookie — nothing tells visitors apart.
 */
export async function recordVisit(
  ctx: Ctx,
  pd: PublicDesk,
  visit: { tag: string | undefined; lang: PublicLanguage },
): Promise<void> {
  const tag = await campaignTagOf(ctx, pd, visit.tag);
  await campaign.addVisits(ctx.db, [
    {
      tenant_id: pd.tenantId,
      desk_id: pd.desk.id,
      date: DateTime.fromJSDate(ctx.now(), { zone: pd.desk.timezone }).toISODate()!,
      tag,
      lang: visit.lang,
      visits: 1,
    },
  ]);
}
