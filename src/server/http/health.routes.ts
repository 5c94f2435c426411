/** Liveness and readiness for load balancers and the startup benchmark. */
import { z } from 'zod';
import type { Database } from '../db/database';
import type { App } from './types';

export async function healthRoutes(app: App, database: Database) {
  const tags = ['health'];
  app.get(
    '/healthz',
    {
      schema: {
        tags,
        summary: 'The process is alive',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
      config: { permission: 'public' },
    },
    async () => ({ status: 'ok' as const }),
  );
  const Ready = z.object({ status: z.enum(['ready', 'unavailable']), engine: z.string() });
  app.get(
    '/readyz',
    {
      schema: {
        tags,
        summary: 'The database answers; reports the engine',
        response: { 200: Ready, 503: Ready },
      },
      config: { permission: 'public' },
    },
    async (request, reply) => {
      try {
        await database.ping();
        return { status: 'ready' as const, engine: database.describe() };
      } catch (error) {
        request.log.warn({ err: error }, 'database not ready');
        return reply.code(503).send({ status: 'unavailable' as const, engine: database.describe() });
      }
    },
  );
}
