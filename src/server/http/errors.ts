/**
 * One place that turns anything thrown into the reply a user can act on: a
 * stable code, a sentence in their language, the fields concerned. Never a
 * stack trace; a 5xx is logged with the request id and the reply carries it.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorKind } from '../errors';
import { issueMessage, translate } from './i18n';
import type { App } from './types';
import { RequestValidationError } from './validation';

const STATUS: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  locked: 429,
  rate_limited: 429,
};

/** Framework errors below 500 that users can cause, with the sentence to show. */
const FRAMEWORK: Record<string, { status: number; error: string; key: string }> = {
  FST_CSRF_MISSING_SECRET: { status: 403, error: 'csrf', key: 'errors.csrf' },
  FST_CSRF_INVALID_TOKEN: { status: 403, error: 'csrf', key: 'errors.csrf' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'payload_too_large', key: 'errors.payloadTooLarge' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    error: 'unsupported_media_type',
    key: 'errors.unsupportedMediaType',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, error: 'validation', key: 'errors.validation' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'validation', key: 'errors.validation' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: 'validation', key: 'errors.validation' },
  FST_ERR_VALIDATION: { status: 400, error: 'validation', key: 'errors.validation' },
};

export function installErrorHandling(app: App): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = request.lang ?? 'it';
    if (error instanceof RequestValidationError) {
      // One message per field, the first zod found: an empty name is "required", not also "bad characters".
      const byField = new Map<string, string>();
      for (const issue of error.issues) {
        const field = issue.path.length > 0 ? issue.path.join('.') : error.part;
        if (!byField.has(field)) byField.set(field, issueMessage(lang, issue));
      }
      const fields = [...byField].map(([field, message]) => ({ field, message }));
      return send(reply, 400, { error: 'validation', message: translate(lang, 'errors.validation'), fields });
    }
    if (error instanceof DomainError) {
      const fields = error.fields.map((f) => ({ field: f.field, message: translate(lang, f.message) }));
      return send(reply, STATUS[error.kind], {
        error: error.code,
        message: translate(lang, error.messageKey, error.params),
        ...(fields.length > 0 ? { fields } : {}),
      });
    }
    if (error.statusCode === 429) {
      const seconds = Math.ceil(Number(reply.getHeader('retry-after') ?? 60));
      return send(reply, 429, {
        error: 'rate_limited',
        message: translate(lang, 'errors.rateLimited', { seconds }),
      });
    }
    const known = error.code ? FRAMEWORK[error.code] : undefined;
    if (known || (error.statusCode && error.statusCode < 500 && error.name === 'SyntaxError')) {
      const entry = known ?? FRAMEWORK.FST_ERR_CTP_INVALID_JSON_BODY;
      return send(reply, entry!.status, { error: entry!.error, message: translate(lang, entry!.key) });
    }
    return internal(request, reply, error);
  });

  app.setNotFoundHandler((request, reply) => {
    send(reply, 404, { error: 'not_found', message: translate(request.lang ?? 'it', 'errors.notFound') });
  });
}

function internal(request: FastifyRequest, reply: FastifyReply, error: Error) {
  // The error's message and stack go to the log (no request body, no personal data); the user gets the id.
  request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
  return send(reply, 500, {
    error: 'internal',
    message: translate(request.lang ?? 'it', 'errors.internal', { requestId: request.id }),
    requestId: request.id,
  });
}

function send(reply: FastifyReply, status: number, body: Record<string, unknown>) {
  // The error body is plain JSON: it must not go through a route's success schema.
  return reply.code(status).type('application/json; charset=utf-8').serializer(JSON.stringify).send(body);
}
