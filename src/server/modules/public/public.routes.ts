/** Public, no sign-in: a desk's status as JSON and as the page behind the QR code on the door. */
import { z } from 'zod';
import { languageFromHeader } from '../../../shared/i18n';
import { Language } from '../../../shared/roles';
import { Id } from '../../../shared/schemas/common';
import { DeskStatus } from '../../../shared/schemas/queue';
import type { App } from '../../http/types';
import { findPublicDesk } from '../desks/desks.service';
import { deskStatus } from '../queue/queue.views';
import { renderStatusPage, STATUS_SCRIPT, STATUS_SCRIPT_PATH } from './status-page';

export async function publicRoutes(app: App) {
  const tags = ['public'];
  const DeskParams = z.object({ id: Id });
  const statusOf = async (ctx: Parameters<typeof findPublicDesk>[0], id: string) => {
    const { tenantId, desk } = await findPublicDesk(ctx, id);
    return deskStatus(ctx, tenantId, desk);
  };
  app.get(
    '/api/public/desks/:id/status',
    {
      schema: {
        tags,
        summary: 'Open now, next opening, people waiting (no personal data)',
        params: DeskParams,
        response: { 200: DeskStatus },
      },
      config: { permission: 'public' },
    },
    (request) => statusOf(request.ctx, request.params.id),
  );
  app.get(
    '/stato/:id',
    {
      schema: {
        tags,
        summary: 'The desk’s public status page (HTML, works without JavaScript)',
        params: DeskParams,
        querystring: z.object({ lang: Language.optional() }),
      },
      config: { permission: 'public' },
    },
    async (request, reply) => {
      const lang = request.query.lang ?? languageFromHeader(request.headers['accept-language']);
      const status = await statusOf(request.ctx, request.params.id);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderStatusPage(status, lang, request.ctx.now()));
    },
  );
  app.get(
    STATUS_SCRIPT_PATH,
    { schema: { hide: true }, config: { permission: 'public' } },
    (_request, reply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(STATUS_SCRIPT),
  );
}
