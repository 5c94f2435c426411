/**
 * Opens the database: embedded SQLite in the data directory by default,
 * PostgreSQL when DATABASE_URL is set. Both return instants as ISO-8601 UTC
 * strings and counts as numbers, so the rest of the code never sees the engine.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type pg from 'pg';
import { type EventBus, localBus, type NotifyTransport, notifyBus } from '../events/bus';
import { type Dialect, postgresDialect, sqliteDialect } from './dialect';
import type { DB } from './tables';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** Change notifications that reach every process using this database. */
  createBus(): EventBus;
  /** What /readyz reports: the engine, never the connection string. */
  describe(): string;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** SQLite file; default `<dataDir>/sportello.db`. */
  dataDir: string;
  sqliteFile?: string;
  poolSize?: number;
}

export function openDatabase(options: DatabaseOptions): Database {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize) : openSqlite(options);
}

// Each driver is loaded only when its engine is used: a desk PC never holds the PostgreSQL client in memory.
const require = createRequire(import.meta.url);

function openSqlite(options: DatabaseOptions): Database {
  const file = options.sqliteFile ?? path.join(options.dataDir, 'sportello.db');
  mkdirSync(path.dirname(file), { recursive: true });
  const Sqlite = require('better-sqlite3') as typeof SqliteDatabase;
  const sqlite = new Sqlite(file);
  // WAL with synchronous=FULL: a committed row survives a crash or power loss.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    dialect: sqliteDialect,
    // One process owns an SQLite database: notifications stay in memory.
    createBus: localBus,
    describe: () => 'sqlite',
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const DATE = 1082;
const INT8 = 20;
const NUMERIC = 1700;

/** Per-pool type parsers (never the global pg.types, which other code may share). */
function pgTypes(driver: typeof pg) {
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === TIMESTAMPTZ || oid === TIMESTAMP) return (value: string) => new Date(value).toISOString();
      if (oid === DATE) return (value: string) => value;
      if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
      return driver.types.getTypeParser(oid, format as 'text');
    },
  };
}

function openPostgres(url: string, poolSize = 10): Database {
  const driver = require('pg') as typeof pg;
  const pool = new driver.Pool({ connectionString: url, max: poolSize, types: pgTypes(driver) });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: postgresDialect,
    createBus: () => notifyBus(pgNotify(driver, url, pool)),
    describe: () => 'postgres',
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

/** LISTEN/NOTIFY over a dedicated connection that comes back by itself after a failure. */
function pgNotify(driver: typeof pg, url: string, pool: pg.Pool): NotifyTransport {
  return {
    notify: async (channel, payload) => {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    listen: async (channel, onMessage, onReconnect) => {
      let client: pg.Client | undefined;
      let stopped = false;
      const connect = async (isReconnect: boolean): Promise<void> => {
        const next = new driver.Client({ connectionString: url });
        next.on('notification', (message) => {
          if (message.channel === channel && message.payload) onMessage(message.payload);
        });
        next.on('error', () => {
          next.end().catch(() => undefined);
          if (!stopped) retry();
        });
        await next.connect();
        await next.query(`LISTEN ${channel}`);
        client = next;
        if (isReconnect) onReconnect();
      };
      const retry = () =>
        setTimeout(() => {
          if (!stopped) connect(true).catch(retry);
        }, 1000).unref();
      await connect(false);
      return async () => {
        stopped = true;
        await client?.end().catch(() => undefined);
      };
    },
  };
}

async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
