/**
 * Per-request plumbing, in the order a request meets it: language, session,
 * CSRF check on every state-changing method (public ones too: sign-in, setup),
 * then the route's declared permission. Deny by default: a route that declares
 * no permission is refused to everyone.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { languageFromHeader } from '../../shared/i18n';
import { can, type RoutePermission } from '../../shared/permissions';
import { resolveSession } from '../auth/auth.service';
import type { Config } from '../config';
import type { Ctx } from '../context';
import type { Database } from '../db/database';
import { DomainError, forbidden } from '../errors';
import type { App } from './types';

export const SESSION_COOKIE = 'sportello_session';

/** What CSRF tokens are bound to: the session, so a token taken before sign-in is useless after it. */
export const csrfBinding = (sessionId: string | null | undefined): string => sessionId ?? 'anonymous';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequestContextDeps {
  config: Config;
  database: Database;
  now: () => Date;
}

export function installRequestContext(app: App, deps: RequestContextDeps): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('lang', 'it');
  app.decorateRequest('sessionUser', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request, reply) => {
    request.lang = languageFromHeader(request.headers['accept-language']);
    request.ctx = {
      db: deps.database.db,
      dialect: deps.database.dialect,
      config: deps.config,
      actor: null,
      now: deps.now,
      requestId: request.id,
    };
    // Public pages and assets do not need the session; public actions (sign-in) do.
    const isPublicRead =
      request.routeOptions.config?.permission === 'public' && SAFE_METHODS.has(request.method);
    if (!request.is404 && !isPublicRead) await attachSession(request, reply);
  });
  // On failure csrfProtection replies with the error itself, which ends the hook chain. A request whose
  // session has just expired skips it, so that authorize() can say "session expired" rather than "csrf".
  app.addHook('onRequest', (request, reply, done) => {
    const expiredOnProtectedRoute =
      request.sessionExpired && request.routeOptions.config?.permission !== 'public';
    if (!request.is404 && !SAFE_METHODS.has(request.method) && !expiredOnProtectedRoute) {
      app.csrfProtection(request, reply, done);
    } else done();
  });
  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config?.permission;
    if (!request.is404 && permission !== 'public') authorize(request, permission);
  });
}

async function attachSession(request: FastifyRequest, reply: FastifyReply) {
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return;
  const session = await resolveSession(request.ctx, cookie);
  if (!session) {
    request.sessionExpired = true;
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return;
  }
  request.ctx.actor = session.actor;
  request.sessionUser = session.user;
  request.lang = session.user.locale;
}

function authorize(request: FastifyRequest, permission: RoutePermission | undefined) {
  if (!permission) throw forbidden();
  const actor = request.ctx.actor;
  const user = request.sessionUser;
  if (!actor || !user) {
    throw new DomainError(
      'unauthenticated',
      request.sessionExpired ? 'errors.sessionExpired' : 'errors.unauthenticated',
    );
  }
  if (user.mustChangePassword && !request.routeOptions.config?.allowWithPendingPasswordChange) {
    throw forbidden('errors.passwordChangeRequired', 'password_change_required');
  }
  if (permission !== 'signed_in' && permission !== 'public' && !can(actor.roles, permission))
    throw forbidden();
}
