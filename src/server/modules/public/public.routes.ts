/**
 * The public site, no sign-in: the desk status as JSON, and the HTML pages
 * under /sportello (with their stylesheet, fonts and the status script).
 * The pages live in their own scope: compressed, rate limited per client,
 * errors answered as pages in the reader's language — never JSON, never a
 * stack trace. No cookies, nothing about the visitor stored.
 */
import fastifyCompress from '@fastify/compress';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PublicLanguage, publicDeskPath, publicLanguageFromHeader } from '../../../shared/public';
import { Id } from '../../../shared/schemas/common';
import { DeskStatus } from '../../../shared/schemas/queue';
import type { Ctx } from '../../context';
import { DomainError } from '../../errors';
import type { App } from '../../http/types';
import { findPublicDesk } from '../desks/desks.service';
import { deskStatus } from '../queue/queue.views';
import { fontFile, STYLESHEET, stylesheetHref } from './assets';
import * as pages from './public.pages';
import { recordVisit } from './public.service';
import { type PageEnv, pageEnv } from './view/page-env';
import { STATUS_SCRIPT, STATUS_SCRIPT_PATH } from './view/status-page';

const tags = ['public'];
/** Generous: a family browsing on one phone never meets it; a scraper does. */
const PAGE_RATE = { max: 300, timeWindow: '1 minute' };
const YEAR = 'public, max-age=31536000, immutable';

/** Unknown or malformed values are ignored, never refused: a page always answers. */
const lenient = z.string().optional().catch(undefined);
const PageQuery = z.object({ lang: lenient, c: lenient });
const SearchQuery = PageQuery.extend({ q: lenient, area: lenient });
const DeskParams = z.object({ deskId: z.string() });
const ServiceParams = DeskParams.extend({ serviceId: z.string() });

export async function publicRoutes(app: App) {
  app.get(
    '/api/public/desks/:id/status',
    {
      schema: {
        tags,
        summary: 'Open now, next opening, people waiting (no personal data)',
        params: z.object({ id: Id }),
        response: { 200: DeskStatus },
      },
      config: { permission: 'public' },
    },
    async (request) => {
      const { tenantId, desk } = await findPublicDesk(request.ctx, request.params.id);
      return deskStatus(request.ctx, tenantId, desk);
    },
  );
  // The QR codes already on doors point here.
  app.get(
    '/stato/:id',
    {
      schema: {
        tags,
        summary: 'Old address of the status page: moved permanently to /sportello/:id/stato',
        params: z.object({ id: z.string() }),
        querystring: PageQuery,
      },
      config: { permission: 'public' },
    },
    (request, reply) => {
      const lang = PublicLanguage.safeParse(request.query.lang).data;
      const target = publicDeskPath(encodeURIComponent(request.params.id), 'status');
      return reply.redirect(lang ? `${target}?lang=${lang}` : target, 301);
    },
  );
  await app.register(siteRoutes);
}

async function siteRoutes(app: App) {
  await app.register(fastifyCompress, { global: true, threshold: 512, encodings: ['br', 'gzip'] });
  app.setErrorHandler((error, request, reply) => pageError(error as Error, request, reply));

  const asset = (summary: string) => ({
    schema: { tags, summary, hide: true },
    config: { permission: 'public' as const },
  });
  app.get(
    '/public/css/:name',
    { ...asset('The public stylesheet'), schema: { hide: true, params: z.object({ name: z.string() }) } },
    (request, reply) => {
      if (request.params.name !== STYLESHEET.name) return reply.code(404).type('text/plain').send('');
      return reply.type('text/css; charset=utf-8').header('cache-control', YEAR).send(STYLESHEET.body);
    },
  );
  app.get(
    '/public/fonts/:name',
    { ...asset('Titillium Web'), schema: { hide: true, params: z.object({ name: z.string() }) } },
    (request, reply) => {
      const body = fontFile(request.params.name);
      if (!body) return reply.code(404).type('text/plain').send('');
      return reply.type('font/woff2').header('cache-control', 'public, max-age=31536000').send(body);
    },
  );
  app.get(STATUS_SCRIPT_PATH, asset('The status page refresh script'), (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(STATUS_SCRIPT),
  );

  const page = <Q extends z.ZodType, P extends z.ZodType | undefined = undefined>(
    summary: string,
    querystring: Q,
    params?: P,
  ) => ({
    schema: { tags, summary, querystring, ...(params ? { params } : {}) },
    config: { permission: 'public' as const, rateLimit: PAGE_RATE },
  });
  type Req = FastifyRequest<{
    Params: { deskId: string; serviceId?: string };
    Querystring: Record<string, string | undefined>;
  }>;
  const show =
    (build: (ctx: Ctx, env: PageEnv, request: Req) => Promise<pages.RenderedPage>, keep: string[] = []) =>
    async (request: Req, reply: FastifyReply) => {
      const env = envOf(request, keep);
      const rendered = await build(request.ctx, env, request);
      if (rendered.desk && rendered.status === 200) {
        // A visit that cannot be counted must not cost the reader the page; the log says nothing about them.
        await recordVisit(request.ctx, rendered.desk, { tag: request.query.c, lang: env.lang }).catch(
          (error: Error) =>
            request.log.warn(
              { deskId: rendered.desk?.desk.id, reason: error.message },
              'public visit not counted',
            ),
        );
      }
      return html(
        reply,
        rendered.status,
        rendered.html,
        request.routeOptions.url?.endsWith('/stato') ?? false,
      );
    };

  app.get(
    '/sportello',
    page('Index of the active desks (HTML)', PageQuery),
    show((ctx, env) => pages.desksIndex(ctx, env)),
  );
  app.get(
    '/sportello/privacy',
    page('Privacy notice for every desk (HTML)', PageQuery),
    show((ctx, env) => pages.privacy(ctx, env, null)),
  );
  app.get(
    '/sportello/accessibilita',
    page('Accessibility page for every desk (HTML)', PageQuery),
    show((ctx, env) => pages.accessibility(ctx, env, null)),
  );
  app.get(
    '/sportello/:deskId',
    page('A desk’s home page: what it is, how it works, when and where (HTML)', PageQuery, DeskParams),
    show((ctx, env, r) => pages.home(ctx, env, r.params.deskId)),
  );
  app.get(
    '/sportello/:deskId/orari',
    page('Weekly hours, next openings and closures (HTML)', PageQuery, DeskParams),
    show((ctx, env, r) => pages.hours(ctx, env, r.params.deskId)),
  );
  app.get(
    '/sportello/:deskId/servizi',
    page('Search the public service directory (HTML, GET form)', SearchQuery, DeskParams),
    show(
      (ctx, env, r) =>
        pages.services(ctx, env, r.params.deskId, { q: r.query.q?.slice(0, 200), area: r.query.area }),
      ['q', 'area'],
    ),
  );
  app.get(
    '/sportello/:deskId/servizi/:serviceId',
    page('One service’s public card (HTML)', PageQuery, ServiceParams),
    show((ctx, env, r) => pages.serviceDetails(ctx, env, r.params.deskId, r.params.serviceId ?? '')),
  );
  app.get(
    '/sportello/:deskId/stato',
    page(
      'Live status: open now, people waiting, estimated wait (HTML, refreshes with JavaScript)',
      PageQuery,
      DeskParams,
    ),
    show((ctx, env, r) => pages.status(ctx, env, r.params.deskId)),
  );
  app.get(
    '/sportello/:deskId/privacy',
    page('The desk’s privacy notice (HTML)', PageQuery, DeskParams),
    show((ctx, env, r) => pages.privacy(ctx, env, r.params.deskId)),
  );
  app.get(
    '/sportello/:deskId/accessibilita',
    page('The desk’s accessibility page (HTML)', PageQuery, DeskParams),
    show((ctx, env, r) => pages.accessibility(ctx, env, r.params.deskId)),
  );
  app.get('/sportello/', page('The index without its trailing slash (301)', PageQuery), (request, reply) =>
    reply.redirect(request.url.replace('/sportello/', '/sportello'), 301),
  );
  app.get(
    '/sportello/*',
    page('Any other address under /sportello: a page saying it does not exist (HTML, 404)', PageQuery),
    (request, reply) => {
      // "/sportello/" and "/sportello/<desk>/" are the pages without their trailing slash.
      const [path = '', query] = request.url.split('?');
      if (path.endsWith('/')) return reply.redirect(`${path.slice(0, -1)}${query ? `?${query}` : ''}`, 301);
      const rendered = pages.notFoundPage(envOf(request, []));
      return html(reply, rendered.status, rendered.html, false);
    },
  );
}

/** The reader's language (?lang when valid, else the browser's) and the page's address. */
function envOf(request: FastifyRequest, keep: string[]): PageEnv {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const chosen = PublicLanguage.safeParse(query.lang);
  const kept = Object.fromEntries(
    keep.flatMap((key) =>
      typeof query[key] === 'string' && query[key] ? [[key, (query[key] as string).slice(0, 200)]] : [],
    ),
  );
  return pageEnv({
    lang: chosen.success ? chosen.data : publicLanguageFromHeader(request.headers['accept-language']),
    isLangChosen: chosen.success,
    publicUrl: request.server.config.publicUrl,
    path: request.url.split('?')[0] ?? '/sportello',
    keep: kept,
    cssHref: stylesheetHref(),
  });
}

function html(reply: FastifyReply, status: number, body: string, isLive: boolean) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('vary', 'Accept-Language')
    .header('cache-control', isLive ? 'no-store' : 'no-cache')
    .send(body);
}

/** Errors on the public site are pages: unknown desk or service (404), too many requests (429), a failure (500). */
function pageError(error: Error & { statusCode?: number }, request: FastifyRequest, reply: FastifyReply) {
  const env = envOf(request, []);
  const isNotFound =
    (error instanceof DomainError && (error.kind === 'not_found' || error.kind === 'validation')) ||
    error.statusCode === 404 ||
    error.statusCode === 400;
  if (isNotFound) return html(reply, 404, pages.notFoundPage(env).html, false);
  if (error.statusCode === 429) return html(reply, 429, pages.tooManyPage(env).html, false);
  request.log.error({ err: error, route: request.routeOptions.url }, 'public page failed');
  return html(reply.code(500), 500, pages.errorPage500(env).html, false);
}
