/**
 * Each public page as one call: read what the page shows through the
 * service, render it. Routes stay thin; tests and the bench may call these
 * directly. A page reports the desk it belongs to, so the route can count
 * the visit.
 */
import type { Ctx } from '../../context';
import { DomainError } from '../../errors';
import * as service from './public.service';
import { homePage, hoursPage } from './view/desk-pages';
import { accessibilityPage, desksPage, errorPage, privacyPage } from './view/info-pages';
import type { PageEnv } from './view/page-env';
import { servicePage, servicesPage } from './view/services-pages';
import { statusPage } from './view/status-page';

export interface RenderedPage {
  html: string;
  status: number;
  /** The desk the page is about: its visits are counted. */
  desk: service.PublicDesk | null;
}

const ok = (html: string, desk: service.PublicDesk | null): RenderedPage => ({ html, status: 200, desk });

export async function desksIndex(ctx: Ctx, env: PageEnv): Promise<RenderedPage> {
  return ok(desksPage(env, await service.listPublicDesks(ctx)), null);
}

export async function home(ctx: Ctx, env: PageEnv, deskId: string): Promise<RenderedPage> {
  const pd = await service.loadPublicDesk(ctx, deskId);
  const [calendar, status] = await Promise.all([
    service.upcomingCalendar(ctx, pd, env.lang),
    service.liveStatus(ctx, pd),
  ]);
  return ok(homePage(env, pd, { calendar, status }), pd);
}

export async function hours(ctx: Ctx, env: PageEnv, deskId: string): Promise<RenderedPage> {
  const pd = await service.loadPublicDesk(ctx, deskId);
  return ok(hoursPage(env, pd, await service.upcomingCalendar(ctx, pd, env.lang)), pd);
}

export async function status(ctx: Ctx, env: PageEnv, deskId: string): Promise<RenderedPage> {
  const pd = await service.loadPublicDesk(ctx, deskId);
  return ok(statusPage(env, pd, await service.liveStatus(ctx, pd), ctx.now()), pd);
}

export async function services(
  ctx: Ctx,
  env: PageEnv,
  deskId: string,
  query: { q?: string | undefined; area?: string | undefined },
): Promise<RenderedPage> {
  const pd = await service.loadPublicDesk(ctx, deskId);
  const results = await service.searchPublicServices(ctx, pd, query);
  const area = service.PUBLIC_AREAS.find((code) => code === query.area) ?? '';
  return ok(servicesPage(env, pd, { q: query.q ?? '', area, results }), pd);
}

/** One service's card; an unknown or unpublished service is a 404 inside the desk's frame. */
export async function serviceDetails(
  ctx: Ctx,
  env: PageEnv,
  deskId: string,
  serviceId: string,
): Promise<RenderedPage> {
  const pd = await service.loadPublicDesk(ctx, deskId);
  try {
    return ok(servicePage(env, pd, await service.publicService(ctx, pd, serviceId)), pd);
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== 'not_found') throw error;
    return { html: errorPage(env, 'notFound', pd), status: 404, desk: null };
  }
}

/** The privacy notice of a desk, or (no desk) of every desk. */
export async function privacy(ctx: Ctx, env: PageEnv, deskId: string | null): Promise<RenderedPage> {
  const subject = await infoSubject(ctx, deskId);
  return ok(privacyPage(env, subject), subject.pd);
}

export async function accessibility(ctx: Ctx, env: PageEnv, deskId: string | null): Promise<RenderedPage> {
  const subject = await infoSubject(ctx, deskId);
  return ok(accessibilityPage(env, subject), subject.pd);
}

async function infoSubject(ctx: Ctx, deskId: string | null) {
  if (deskId === null) return { pd: null, organisations: await service.organisationsOfAllDesks(ctx) };
  const pd = await service.loadPublicDesk(ctx, deskId);
  return { pd, organisations: pd.desk.organisations.map((o) => o.name) };
}

export function notFoundPage(env: PageEnv): RenderedPage {
  return { html: errorPage(env, 'notFound', null), status: 404, desk: null };
}

export function tooManyPage(env: PageEnv): RenderedPage {
  return { html: errorPage(env, 'tooMany', null), status: 429, desk: null };
}

export function errorPage500(env: PageEnv): RenderedPage {
  return { html: errorPage(env, 'failed', null), status: 500, desk: null };
}
