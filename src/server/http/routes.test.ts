import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/helpers/app';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/engines';
import { POLICY } from '../../shared/permissions';
import { buildApp } from '../app';
import { loadConfig } from '../config';

/** Routes anyone may call without signing in. Adding one here is a decision, not an accident. */
const PUBLIC_ROUTES = [
  'GET /healthz',
  'GET /readyz',
  'GET /api/auth/session',
  'POST /api/auth/login',
  'GET /api/setup',
  'POST /api/setup',
  'GET /api/openapi.json',
  'POST /api/device/pair',
  'GET /api/public/desks/:id/status',
];

describe('route permissions', () => {
  let db: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    // A built web app, so the routes that serve it are enumerated too.
    const web = mkdtempSync(path.join(os.tmpdir(), 'sportello-web-'));
    mkdirSync(path.join(web, 'assets'));
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Sportello</title>');
    writeFileSync(path.join(web, 'assets', 'app-abc123.js'), 'console.log(1)');
    t = await startTestApp(db, {}, web);
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('every registered route declares a permission the policy table knows', () => {
    const routes = t.app.routeTable.filter((route) => route.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(30);
    const undeclared = routes
      .filter((route) => !route.config?.permission)
      .map((route) => `${route.method} ${route.url}`);
    expect(undeclared).toEqual([]);
    const known = new Set<string>([
      ...Object.keys(POLICY),
      'public',
      'signed_in',
      'device',
      'kiosk',
      'display',
    ]);
    const unknown = routes.filter((route) => !known.has(String(route.config?.permission)));
    expect(unknown.map((route) => route.url)).toEqual([]);
  });

  it('serves the web app: hashed assets cached for long, client routes get index.html', async () => {
    const asset = await t.app.inject({ url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const page = await t.app.inject({ url: '/admin/users' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Sportello</title>');
    expect((await t.app.inject({ url: '/api/no-such-thing' })).statusCode).toBe(404);
  });

  it('only the intended API routes are public', () => {
    const isApi = (url: string) =>
      (url.startsWith('/api/') && !url.startsWith('/api/docs') && url !== '/api/*') || url.endsWith('z');
    const publicApi = t.app.routeTable
      .filter((route) => route.config?.permission === 'public' && isApi(route.url))
      .flatMap((route) => [route.method].flat().map((method) => `${method} ${route.url}`))
      .filter((entry) => !entry.startsWith('HEAD '));
    expect(publicApi.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('describes every API route in the OpenAPI document, with its schemas', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    const apiRoutes = t.app.routeTable.filter(
      (route) =>
        route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && route.method !== 'HEAD',
    );
    for (const route of apiRoutes.filter((r) => r.url !== '/api/openapi.json' && r.url !== '/api/*')) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[String(route.method).toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(Object.keys(operation.responses).length, `${route.method} ${route.url}`).toBeGreaterThan(0);
    }
    expect(document.paths['/api/users'].post.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['username', 'fullName', 'organisationId', 'roles']),
    );
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('a route without a permission is refused to everyone (deny by default)', async () => {
    const db2 = await createTestDatabase('sqlite');
    const config = loadConfig({ ...db2.env, LOG_LEVEL: 'silent' });
    const app = await buildApp({ config, database: db2.database, logger: false, webRoot: '/nonexistent' });
    app.get('/api/forgotten', async () => ({ secret: true }));
    try {
      const response = await app.inject({ url: '/api/forgotten' });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ error: 'forbidden' });
    } finally {
      await app.close();
      await db2.drop();
    }
  });
});
