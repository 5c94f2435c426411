/** The first-run setup page's API: check the link, then create tenant, organisations and administrator. */
import { z } from 'zod';
import { SetupInput, SetupStatus } from '../../../shared/schemas/accounts';
import { ErrorBody, Ok } from '../../../shared/schemas/common';
import { signIn } from '../../auth/auth.service';
import { SESSION_COOKIE } from '../../http/request-context';
import type { App } from '../../http/types';
import { completeSetup, setupStatus } from './setup.service';

export async function setupRoutes(app: App) {
  const tags = ['setup'];
  app.get(
    '/api/setup',
    {
      schema: {
        tags,
        summary: 'Whether setup is still needed and the link is usable',
        querystring: z.object({ token: z.string().max(200).optional() }),
        response: { 200: SetupStatus },
      },
      config: { permission: 'public' },
    },
    (request) => setupStatus(request.ctx, request.query.token),
  );
  app.post(
    '/api/setup',
    {
      schema: {
        tags,
        summary: 'Create the tenant, its first organisations and the first administrator, then sign them in',
        body: SetupInput,
        response: { 201: Ok, 409: ErrorBody, 410: ErrorBody },
      },
      config: {
        permission: 'public',
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      await completeSetup(request.ctx, request.body);
      const signedIn = await signIn(request.ctx, {
        username: request.body.admin.username,
        password: request.body.admin.password,
      });
      reply.setCookie(SESSION_COOKIE, signedIn.cookieValue, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: app.config.secureCookies,
        maxAge: app.config.sessionAbsoluteMinutes * 60,
      });
      return reply.code(201).send({ ok: true as const });
    },
  );
}
