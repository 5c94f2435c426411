/**
 * buildApp(deps) assembles the HTTP server: plugins, request context, error
 * handling, the API modules and the web app. It never listens — main.ts does,
 * and tests use inject() or listen on a random port.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type RouteOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { v7 } from 'uuid';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import type { Config } from './config';
import { consoleContext } from './context';
import type { Database } from './db/database';
import type { EventBus } from './events/bus';
import { installErrorHandling } from './http/errors';
import { healthRoutes } from './http/health.routes';
import { loggerOptions } from './http/logging';
import { csrfBinding, installRequestContext } from './http/request-context';
import type { App } from './http/types';
import { validatorCompiler } from './http/validation';
import { webRoutes } from './http/web';
import { accountsRoutes } from './modules/accounts/accounts.routes';
import { setupRoutes } from './modules/accounts/setup.routes';
import { campaignRoutes } from './modules/campaign/campaign.routes';
import { careRoutes } from './modules/care/care.routes';
import { contactsRoutes } from './modules/contacts/contacts.routes';
import { peopleRoutes } from './modules/contacts/people.routes';
import { calendarRoutes, desksRoutes } from './modules/desks/desks.routes';
import { devicesRoutes } from './modules/devices/devices.routes';
import { directoryRoutes } from './modules/directory/directory.routes';
import { exportsRoutes } from './modules/indicators/exports.routes';
import { feedbackRoutes } from './modules/indicators/feedback.routes';
import { indicatorsRoutes } from './modules/indicators/indicators.routes';
import { pilotsRoutes } from './modules/indicators/pilots.routes';
import { publicRoutes } from './modules/public/public.routes';
import { QueueHub } from './modules/queue/hub';
import { queueRoutes } from './modules/queue/queue.routes';
import { referralsRoutes } from './modules/referrals/referrals.routes';
import { vocabulariesRoutes } from './modules/vocabularies/vocabularies.routes';
import { WEB_ROOT } from './paths';

export interface AppDeps {
  config: Config;
  database: Database;
  now?: () => Date;
  /** Directory of the built web app; default dist/web. */
  webRoot?: string;
  /** Change notifications shared with jobs and tests; by default the database's own. */
  bus?: EventBus;
  /** false: no logs (tests); a stream: logs go there instead of standard output. */
  logger?: boolean | NodeJS.WritableStream;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    /** Every route registered, for the test that checks each declares a permission. */
    routeTable: RouteOptions[];
    bus: EventBus;
    /** Live queue updates pushed to displays and desk screens in this process. */
    hub: QueueHub;
  }
}

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database } = deps;
  const bus = deps.bus ?? database.createBus();
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : loggerOptions(config.logLevel, deps.logger === true ? undefined : deps.logger),
    genReqId: () => v7(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>() as App;

  app.decorate('config', config);
  app.decorate('bus', bus);
  if (!deps.bus) app.addHook('onClose', () => bus.close());
  app.decorate('routeTable', [] as RouteOptions[]);
  app.addHook('onRoute', (route) => {
    app.routeTable.push(route as RouteOptions);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'sportello_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: config.secureCookies, signed: true },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    getUserInfo: (request) => csrfBinding(request.ctx?.actor?.sessionId ?? request.device?.id),
    csrfOpts: { hmacKey: config.sessionSecret },
  });
  await app.register(fastifyRateLimit, { global: false });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Sportello API',
        description:
          'API of Sportello, the software of a Sportello Sociale. Sign in with POST /api/auth/login; ' +
          'send the token from GET /api/auth/session as X-CSRF-Token on every POST, PUT, PATCH and DELETE.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sportello_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...(route.config as object), permission: 'public' };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    docs.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  });

  const now = deps.now ?? (() => new Date());
  installRequestContext(app, { config, database, bus, now });
  const hub = new QueueHub(bus, () => consoleContext(database, config, { now, bus }));
  app.decorate('hub', hub);
  app.addHook('preClose', async () => hub.close());
  installErrorHandling(app);

  await app.register((scope) => healthRoutes(scope as App, database));
  await app.register(authRoutes);
  await app.register(setupRoutes);
  await app.register(accountsRoutes);
  await app.register(desksRoutes);
  await app.register(calendarRoutes);
  await app.register(queueRoutes);
  await app.register(devicesRoutes);
  await app.register(publicRoutes);
  await app.register(vocabulariesRoutes);
  await app.register(peopleRoutes);
  await app.register(contactsRoutes);
  await app.register(careRoutes);
  await app.register(directoryRoutes);
  await app.register(referralsRoutes);
  await app.register(indicatorsRoutes);
  await app.register(pilotsRoutes);
  await app.register(campaignRoutes);
  await app.register((scope) =>
    exportsRoutes(scope as App, () => consoleContext(database, config, { now, bus })),
  );
  await app.register(feedbackRoutes);
  await app.register(auditRoutes);
  await app.register((scope) => webRoutes(scope as App, deps.webRoot ?? WEB_ROOT));
  return app;
}
