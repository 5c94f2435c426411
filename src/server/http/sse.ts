/**
 * Server-Sent Events on a Fastify reply: the stream stays open, a comment
 * every 20 s keeps proxies from closing it, and the browser reconnects by
 * itself (sending Last-Event-ID) after `retry` milliseconds.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface EventStream {
  send(event: string, data: unknown, id?: string): void;
  /** Send data already turned into JSON (one serialisation for many streams). */
  sendJson(event: string, json: string, id?: string): void;
  close(): void;
  readonly isClosed: boolean;
}

export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  onClose: () => void,
): EventStream {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Nginx and similar proxies buffer responses unless told not to.
    'x-accel-buffering': 'no',
  });
  res.write('retry: 3000\n\n');
  let isClosed = false;
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 20_000);
  heartbeat.unref();
  const end = () => {
    if (isClosed) return;
    isClosed = true;
    clearInterval(heartbeat);
    onClose();
  };
  request.raw.on('close', end);
  return {
    send(event, data, id) {
      this.sendJson(event, JSON.stringify(data), id);
    },
    sendJson(event, json, id) {
      if (isClosed) return;
      res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${json}\n\n`);
    },
    close() {
      end();
      res.end();
    },
    get isClosed() {
      return isClosed;
    },
  };
}

/** The Last-Event-ID a reconnecting browser sends, if any. */
export function lastEventId(request: FastifyRequest): string | undefined {
  const header = request.headers['last-event-id'];
  return typeof header === 'string' && header.length > 0 ? header : undefined;
}
