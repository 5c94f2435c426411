/** Fastify type extensions: the route permission contract and the per-request ctx. */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RoutePermission } from '../../shared/permissions';
import type { Language } from '../../shared/roles';
import type { SessionUser } from '../../shared/schemas/accounts';
import type { Ctx } from '../context';
import type { DeviceIdentity } from '../modules/devices/devices.service';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the caller must hold. Required on every route; a route without it is refused to everyone. */
    permission?: RoutePermission;
    /** Allowed while the user must still replace a temporary password. */
    allowWithPendingPasswordChange?: boolean;
    /**
     * A public form that acts for no one (no session or device is used, nothing is read back):
     * there is nothing for a forged cross-site request to gain, so it needs no CSRF token,
     * which a page without JavaScript could not send as a header. Rate limited instead.
     */
    isAnonymousForm?: boolean;
  }
  interface FastifyRequest {
    ctx: Ctx;
    lang: Language;
    sessionUser: SessionUser | null;
    /** A session cookie came with the request but no live session matched it. */
    sessionExpired: boolean;
    /** The paired kiosk or display making the request, on device routes. */
    device: DeviceIdentity | null;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
