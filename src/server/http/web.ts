/**
 * Serves the built web app (dist/web) from the same server: hashed assets with
 * long caching, and index.html for every client-side route. Unknown /api paths
 * stay JSON 404s.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { translate } from './i18n';
import type { App } from './types';

export async function webRoutes(app: App, root: string) {
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn('web app not built: only the API is served');
    return;
  }
  // Every file route the static plugin adds is public, declared here once (deny by default otherwise).
  app.addHook('onRoute', (route) => {
    route.config = { ...(route.config as object), permission: 'public' };
  });
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders(reply, file) {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const page = { config: { permission: 'public' as const }, schema: { hide: true } };
  app.get('/', page, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  app.get('/*', page, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
  app.all('/api/*', page, (request, reply) =>
    reply.code(404).send({ error: 'not_found', message: translate(request.lang, 'errors.notFound') }),
  );
}
