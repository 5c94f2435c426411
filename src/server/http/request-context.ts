/**
 * Per-request plumbing, in the order a request meets it: language, who is
 * asking (a staff session or a paired device), CSRF check on every
 * state-changing method (public ones too: sign-in, setup), then the route's
 * declared permission. Deny by default: a route that declares no permission
 * is refused to everyone.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { languageFromHeader } from '../../shared/i18n';
import { can, type RoutePermission } from '../../shared/permissions';
import { resolveSession } from '../auth/auth.service';
import type { Config } from '../config';
import type { Ctx } from '../context';
import type { Database } from '../db/database';
import { DomainError, forbidden } from '../errors';
import type { EventBus } from '../events/bus';
import { resolveDevice } from '../modules/devices/devices.service';
import type { App } from './types';

export const SESSION_COOKIE = 'sportello_session';
export const DEVICE_COOKIE = 'sportello_device';

/** What CSRF tokens are bound to: the session (or device), so a token taken before sign-in is useless after it. */
export const csrfBinding = (holderId: string | null | undefined): string => holderId ?? 'anonymous';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const DEVICE_PERMISSIONS = new Set<RoutePermission>(['device', 'kiosk', 'display']);

export interface RequestContextDeps {
  config: Config;
  database: Database;
  bus: EventBus;
  now: () => Date;
}

export function installRequestContext(app: App, deps: RequestContextDeps): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('lang', 'it');
  app.decorateRequest('sessionUser', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('device', null);

  app.addHook('onRequest', async (request, reply) => {
    request.lang = languageFromHeader(request.headers['accept-language']);
    request.ctx = {
      db: deps.database.db,
      dialect: deps.database.dialect,
      config: deps.config,
      actor: null,
      now: deps.now,
      requestId: request.id,
      bus: deps.bus,
    };
    const permission = request.routeOptions.config?.permission;
    if (request.is404) return;
    if (permission && DEVICE_PERMISSIONS.has(permission)) {
      request.device = await resolveDevice(request.ctx, request.cookies[DEVICE_COOKIE]);
      return;
    }
    // Public pages and assets do not need the session; public actions (sign-in) do.
    if (permission !== 'public' || !SAFE_METHODS.has(request.method)) await attachSession(request, reply);
  });
  // On failure csrfProtection replies with the error itself, which ends the hook chain. A request whose
  // session has just expired skips it, so that authorize() can say "session expired" rather than "csrf".
  app.addHook('onRequest', (request, reply, done) => {
    const expiredOnProtectedRoute =
      request.sessionExpired && request.routeOptions.config?.permission !== 'public';
    const isAnonymousForm = request.routeOptions.config?.isAnonymousForm === true;
    if (!request.is404 && !SAFE_METHODS.has(request.method) && !expiredOnProtectedRoute && !isAnonymousForm) {
      app.csrfProtection(request, reply, done);
    } else done();
  });
  // The server's clock on every reply: screens (kiosk, display, desk) count minutes by it, not their own.
  app.addHook('onSend', async (request, reply) => {
    if (request.ctx) reply.header('x-server-time', request.ctx.now().toISOString());
  });
  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config?.permission;
    if (request.is404 || permission === 'public') return;
    if (permission && DEVICE_PERMISSIONS.has(permission)) authorizeDevice(request, permission);
    else authorize(request, permission);
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
  if (permission !== 'signed_in' && !can(actor.roles, permission as Parameters<typeof can>[1]))
    throw forbidden();
}

/** A kiosk route needs a paired kiosk, a display route a paired display; nothing else gets in. */
function authorizeDevice(request: FastifyRequest, permission: RoutePermission) {
  if (!request.device)
    throw new DomainError('unauthenticated', 'errors.deviceRequired', {}, [], 'device_required');
  if (permission !== 'device' && request.device.kind !== permission) throw forbidden();
}
