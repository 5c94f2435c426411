/**
 * Log settings. Logs carry no personal data: requests are logged by route
 * pattern (never the query string, body, cookies or client address), and
 * errors by type, code and message only (database drivers put row values in
 * their `detail`, which is dropped).
 */
import type { FastifyServerOptions } from 'fastify';

interface LoggedRequest {
  method: string;
  id: string;
  url: string;
  routeOptions?: { url?: string };
}

export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    serializers: {
      req: (request: LoggedRequest) => ({
        id: request.id,
        method: request.method,
        route: request.routeOptions?.url ?? request.url.split('?')[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      err: (error: Error & { code?: string }) => ({
        type: error.name,
        code: error.code,
        message: error.message,
        stack: error.stack ?? '',
      }),
    },
  };
}
