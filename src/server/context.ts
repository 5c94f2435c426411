/**
 * The context every service function receives: the database (or the open
 * transaction), who is acting, the clock and the request it serves. Services
 * never read HTTP objects; tests and the CLI build a Ctx directly.
 */
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Role } from '../shared/roles';
import type { Config } from './config';
import type { Database } from './db/database';
import type { Dialect } from './db/dialect';
import type { DB } from './db/tables';
import { type DeskChange, type EventBus, localBus } from './events/bus';

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
  /** Change notifications; inside a transaction they are held back until it commits. */
  bus: EventBus;
}

/** A context outside any request: the console, the demo loader, tests. `actor` null means the machine's operator. */
export function consoleContext(
  database: Database,
  config: Config,
  options: { actor?: Actor | null; now?: () => Date; bus?: EventBus } = {},
): Ctx {
  return {
    db: database.db,
    dialect: database.dialect,
    config,
    actor: options.actor ?? null,
    now: options.now ?? (() => new Date()),
    requestId: null,
    bus: options.bus ?? localBus(),
  };
}

/**
 * Run fn in one transaction; the ctx it receives writes through that
 * transaction, and the changes it announces reach listeners only once it has
 * committed (a rolled-back change is never announced).
 */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  const held: DeskChange[] = [];
  const bus: EventBus = { ...ctx.bus, publish: (change) => held.push(change) };
  const result = await ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx, bus }));
  for (const change of held) ctx.bus.publish(change);
  return result;
}

export function nowIso(ctx: Ctx): string {
  return ctx.now().toISOString();
}

/** The time zone of the tenant's calendar days (the pilot's desks are all in Italy). */
export const TENANT_ZONE = 'Europe/Rome';

/** Now on the tenant's clock, for calendar-day arithmetic. */
export const localNow = (ctx: Ctx): DateTime => DateTime.fromJSDate(ctx.now(), { zone: TENANT_ZONE });

/** Today's date (YYYY-MM-DD) on the tenant's calendar. */
export const localToday = (ctx: Ctx): string => localNow(ctx).toISODate() as string;

const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: TENANT_ZONE });
/** The tenant's calendar date (YYYY-MM-DD) of an instant (ISO-8601 or epoch milliseconds); cheap enough for millions of rows. */
export const localDateOf = (instant: string | number): string =>
  localDay.format(typeof instant === 'string' ? Date.parse(instant) : instant);
