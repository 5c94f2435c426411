/**
 * One suite, two engines: describeEngines runs the same tests on a fresh
 * SQLite file and a fresh PostgreSQL database, both migrated from empty, and
 * drops them afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/database';
import type { Engine } from '../../src/server/db/dialect';
import { migrateToLatest } from '../../src/server/db/migrate';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  database: Database;
  /** What DATABASE_URL / DATA_DIR a config for this database needs. */
  env: { DATA_DIR: string; DATABASE_URL?: string };
  drop(): Promise<void>;
}

export async function createTestDatabase(
  engine: Engine,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sportello-test-'));
  if (engine === 'sqlite') {
    const database = openDatabase({ dataDir: dir });
    if (options.migrate !== false) await migrateToLatest(database);
    return {
      database,
      env: { DATA_DIR: dir },
      drop: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject('pgAdminUrl');
  const name = `sportello_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ databaseUrl: url.toString(), dataDir: dir, poolSize: 5 });
  if (options.migrate !== false) await migrateToLatest(database);
  return {
    database,
    env: { DATA_DIR: dir, DATABASE_URL: url.toString() },
    drop: async () => {
      await database.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Run `body` once per engine, each with its own fresh database for the whole describe block. */
export function describeEngines(name: string, body: (db: () => TestDatabase, engine: Engine) => void) {
  for (const engine of ENGINES) {
    describe(`${name} [${engine}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await current?.drop();
      });
      body(() => {
        if (!current) throw new Error('test database not ready');
        return current;
      }, engine);
    });
  }
}
