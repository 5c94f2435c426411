/**
 * The context every service function receives: the database (or the open
 * transaction), who is acting, the clock and the request it serves. Services
 * never read HTTP objects; tests and the CLI build a Ctx directly.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../shared/roles';
import type { Config } from './config';
import type { Database } from './db/database';
import type { Dialect } from './db/dialect';
import type { DB } from './db/tables';

export interface Actor {
  tenantId: string;
  userId: string;
  organisationId: string;
  roles: Role[];
  /** Hash id of the session the request came with; null for the CLI. */
  sessionId: string | null;
}

export interface Ctx {
  db: Kysely<DB>;
  dialect: Dialect;
  config: Config;
  actor: Actor | null;
  now: () => Date;
  requestId: string | null;
}

/** A context outside any request: the console, the demo loader, tests. `actor` null means the machine's operator. */
export function consoleContext(
  database: Database,
  config: Config,
  options: { actor?: Actor | null; now?: () => Date } = {},
): Ctx {
  return {
    db: database.db,
    dialect: database.dialect,
    config,
    actor: options.actor ?? null,
    now: options.now ?? (() => new Date()),
    requestId: null,
  };
}

/** Run fn in one transaction; the ctx it receives writes through that transaction. */
export function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}

export function nowIso(ctx: Ctx): string {
  return ctx.now().toISOString();
}
