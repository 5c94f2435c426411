/**
 * A real app on a test database, with a clock the test can move, and an HTTP
 * client that keeps cookies and sends the CSRF token like the web app does.
 */
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import { type Config, loadConfig } from '../../src/server/config';
import { type Actor, type Ctx, consoleContext } from '../../src/server/context';
import type { App } from '../../src/server/http/types';
import type { TestDatabase } from './engines';

export class TestClock {
  constructor(public current = new Date('2027-01-11T08:30:00.000Z')) {}
  now = () => new Date(this.current);
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export interface TestApp {
  app: App;
  config: Config;
  clock: TestClock;
  /** A service context acting as `actor` (null: the console / no one signed in). */
  ctx(actor?: Actor | null): Ctx;
  close(): Promise<void>;
}

export async function startTestApp(
  db: TestDatabase,
  env: Record<string, string> = {},
  webRoot = '/nonexistent',
): Promise<TestApp> {
  const config = loadConfig({
    ...db.env,
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'test-secret-'.padEnd(48, 'x'),
    // The per-address limit counts real time and tests sign in often from one address; its own test lowers it.
    LOGIN_RATE_PER_MINUTE: '10000',
    ...env,
  });
  const clock = new TestClock();
  const app = await buildApp({
    config,
    database: db.database,
    now: clock.now,
    logger: false,
    webRoot,
  });
  await app.ready();
  return {
    app,
    config,
    clock,
    ctx: (actor = null) => consoleContext(db.database, config, { actor, now: clock.now, bus: app.bus }),
    close: () => app.close(),
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export class Client {
  readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(
    private readonly app: App,
    public language = 'it',
  ) {}

  async request(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) {
    if (method !== 'GET' && this.csrfToken === undefined && headers['x-csrf-token'] === undefined)
      await this.refresh();
    const response = await this.app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as object } : {}),
      headers: {
        'accept-language': this.language,
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
          : {}),
        ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
    });
    this.keepCookies(response);
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, payload?: unknown) => this.request('POST', url, payload ?? {});
  put = (url: string, payload: unknown) => this.request('PUT', url, payload);

  /** Read the session like the web app does, picking up a fresh CSRF token. */
  async refresh() {
    const response = await this.request('GET', '/api/auth/session');
    this.csrfToken = response.json().csrfToken;
    return response.json();
  }

  /** Like the sign-in page: read the session first (fresh CSRF token), then post the credentials. */
  async signIn(username: string, password: string) {
    await this.refresh();
    const response = await this.post('/api/auth/login', { username, password });
    if (response.statusCode === 200) await this.refresh();
    return response;
  }

  private keepCookies(response: LightMyRequestResponse) {
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired =
        cookie.maxAge === 0 ||
        (cookie.expires && cookie.expires.getTime() <= Date.now()) ||
        cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
}
