/** Sign-in, sign-out, the current session and the user's own account. */
import { z } from 'zod';
import { ChangePassword, Login, Preferences, SessionView } from '../../shared/schemas/accounts';
import { ErrorBody, Ok } from '../../shared/schemas/common';
import { csrfBinding, SESSION_COOKIE } from '../http/request-context';
import type { App } from '../http/types';
import { isSetupRequired } from '../modules/accounts/setup.service';
import * as auth from './auth.service';

const tags = ['auth'];

export async function authRoutes(app: App) {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: app.config.secureCookies,
  };

  app.get(
    '/api/auth/session',
    {
      schema: {
        tags,
        summary: 'Who is signed in, what they may do, and the CSRF token',
        response: { 200: SessionView },
      },
      config: { permission: 'public' },
    },
    async (request, reply) => {
      const session = await auth.resolveSession(request.ctx, request.cookies[SESSION_COOKIE]);
      const csrfToken = reply.generateCsrf({ userInfo: csrfBinding(session?.actor.sessionId) });
      return {
        user: session?.user ?? null,
        permissions: session ? auth.permissionsOf(session.actor.roles) : [],
        csrfToken,
        setupRequired: session ? false : await isSetupRequired(request.ctx),
        idleTimeoutMinutes: app.config.sessionIdleMinutes,
      };
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in; rate-limited per address and locked per account after repeated failures',
        body: Login,
        response: { 200: Ok, 401: ErrorBody, 429: ErrorBody },
      },
      config: {
        permission: 'public',
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const signedIn = await auth.signIn(request.ctx, request.body, request.cookies[SESSION_COOKIE]);
      reply.setCookie(SESSION_COOKIE, signedIn.cookieValue, {
        ...cookieOptions,
        maxAge: app.config.sessionAbsoluteMinutes * 60,
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: { tags, summary: 'Sign out of this browser', response: { 200: Ok } },
      config: { permission: 'signed_in', allowWithPendingPasswordChange: true },
    },
    async (request, reply) => {
      await auth.signOut(request.ctx);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout-everywhere',
    {
      schema: { tags, summary: 'Sign out of every device', response: { 200: z.object({ ended: z.int() }) } },
      config: { permission: 'signed_in', allowWithPendingPasswordChange: true },
    },
    async (request, reply) => {
      const result = await auth.signOutEverywhere(request.ctx);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return result;
    },
  );

  app.post(
    '/api/account/password',
    {
      schema: {
        tags,
        summary: 'Change my password (other sessions end)',
        body: ChangePassword,
        response: { 200: Ok },
      },
      config: { permission: 'account.self', allowWithPendingPasswordChange: true },
    },
    async (request) => {
      await auth.changeOwnPassword(request.ctx, request.body);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/account/preferences',
    {
      schema: { tags, summary: 'Save my interface language', body: Preferences, response: { 200: Ok } },
      config: { permission: 'account.self', allowWithPendingPasswordChange: true },
    },
    async (request) => {
      await auth.savePreferences(request.ctx, request.body);
      return { ok: true as const };
    },
  );
}
