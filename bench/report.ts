/**
 * The indicators dashboard at scale: a synthetic region of about N contacts
 * (`sportello generate`, rollups built) in a fresh scratch database, then the
 * dashboard's query set through the service (buildReport: the whole region's
 * last six months with the previous six, and one desk's six months), against
 * the baseline measured in the same run: the same headline figures as raw
 * SQL scans of the records (contacts × requests with conditional aggregates,
 * and the tickets for waits), for both periods. Medians of 7 runs after a
 * warm-up. SQLite and PostgreSQL one after the other unless --engine says.
 *
 * Options: --contacts N (100000), --engine sqlite|postgres. PostgreSQL: the
 * scratch database is created through BENCH_DATABASE_URL, TEST_DATABASE_URL or
 * postgres://postgres@127.0.0.1:5432/postgres, and dropped at the end unless
 * --keep (it prints its name). --database NAME (PostgreSQL) measures a
 * database kept or generated before instead of generating one: the region
 * is its first tenant with contacts, the period ends on its last contact.
 * Last line: {"engine":…,"contacts":…,"dashboard_ms":…,"desk_dashboard_ms":…,"raw_scan_ms":…,"speedup":…}
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { DateTime } from 'luxon';
import pg from 'pg';
import { loadConfig } from '../src/server/config';
import { consoleContext, TENANT_ZONE } from '../src/server/context';
import { type Database, openDatabase } from '../src/server/db/database';
import type { Engine } from '../src/server/db/dialect';
import { migrateToLatest } from '../src/server/db/migrate';
import type { DB } from '../src/server/db/tables';
import { type GenerateResult, generate } from '../src/server/demo/generate';
import { buildReport } from '../src/server/modules/indicators/indicators.service';
import { IndicatorQuery } from '../src/shared/schemas/indicators';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const CONTACTS = Number(option('contacts') ?? 100_000);
const ENGINES: Engine[] = option('engine') ? [option('engine') as Engine] : ['sqlite', 'postgres'];
const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
const RUNS = 7;
const KEEP = process.argv.includes('--keep');
const REUSE = option('database');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;
async function timed(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Region size for N contacts: 60 desks from 5 million (the regional case), fewer below; at least a year. */
function shape(contacts: number) {
  const desks = contacts >= 5_000_000 ? 60 : contacts >= 1_000_000 ? 20 : contacts >= 300_000 ? 8 : 4;
  const years = contacts >= 5_000_000 ? 5 : contacts >= 1_000_000 ? 2 : 1;
  // About 3.5 opening days a week, less holidays; 0.95 contacts per expected visit (some leave unserved).
  const contactsPerDay = Math.max(5, Math.round(contacts / (desks * years * 175 * 0.95)));
  return { desks, years, contactsPerDay };
}

async function admin(text: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh database of the engine, and how to drop it. */
async function scratch(
  engine: Engine,
): Promise<{ database: Database; env: Record<string, string>; drop(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sportello-bench-report-'));
  const env: Record<string, string> = {
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'bench-'.padEnd(48, 'x'),
  };
  let name: string | null = null;
  if (engine === 'postgres') {
    name = REUSE ?? `sportello_bench_report_${randomBytes(5).toString('hex')}`;
    if (!REUSE) await admin(`create database ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
  }
  const config = loadConfig(env);
  const database = openDatabase(config);
  return {
    database,
    env,
    async drop() {
      await database.close();
      if (name && (KEEP || REUSE)) console.log(`report [postgres]: database ${name} kept`);
      else if (name) await admin(`drop database if exists ${name} with (force)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const AREAS = [
  'family_minors',
  'disability',
  'addiction',
  'elderly',
  'migrants',
  'poverty_adults',
  'multi_user',
];
const CHANNELS = ['walk_in', 'phone', 'email', 'outreach'];
const OUTCOME_GROUPS: Record<string, string[]> = {
  desk: ['information', 'listening', 'orientation', 'practical_support', 'resolved'],
  referral: ['referral'],
  own_worker: ['routed_to_own_worker'],
  none: ['none'],
};
/** Minutes between two instants: the one expression the baseline cannot write the same on both engines. */
const WAIT: Record<Engine, string> = {
  sqlite: '(julianday(called_at) - julianday(issued_at)) * 1440',
  postgres: 'extract(epoch from called_at - issued_at) / 60',
};

/**
 * The baseline: the headline figures straight from the records of one period.
 * One pass over contacts × requests (contact-level figures counted on each
 * contact's first request), one over tickets, and the wait median.
 */
async function rawScan(
  db: Kysely<DB>,
  engine: Engine,
  tenantId: string,
  deskIds: string[],
  from: string,
  to: string,
) {
  const when = (cond: string) => `sum(case when ${cond} then 1 else 0 end)`;
  const first = (cond: string) => when(`r.position = 0 and ${cond}`);
  const columns = [
    `${when('r.position = 0')} as contacts`,
    'count(*) as requests',
    'count(distinct c.person_id) as persons',
    `${first('c.person_id is null')} as anonymous`,
    `${first('c.is_joint = 1')} as joint`,
    `${first('c.interpreter = 1')} as interpreter`,
    ...CHANNELS.map((ch) => `${first(`c.channel = '${ch}'`)} as channel_${ch}`),
    ...AREAS.map((a) => `${when(`r.area_code = '${a}'`)} as area_${a}`),
    ...Object.entries(OUTCOME_GROUPS).map(
      ([group, codes]) =>
        `${when(`r.outcome_code in (${codes.map((c) => `'${c}'`).join(',')})`)} as outcome_${group}`,
    ),
  ];
  const desks = sql.join(deskIds);
  const contacts = await sql<Record<string, number>>`select ${sql.raw(columns.join(', '))}
    from contacts c join contact_requests r on r.tenant_id = c.tenant_id and r.contact_id = c.id
    where c.tenant_id = ${tenantId} and c.desk_id in (${desks}) and c.date >= ${from} and c.date <= ${to}`.execute(
    db,
  );
  const start = DateTime.fromISO(from, { zone: TENANT_ZONE }).toUTC().toISO()!;
  const end = DateTime.fromISO(to, { zone: TENANT_ZONE }).plus({ days: 1 }).toUTC().toISO()!;
  const inPeriod = sql`tenant_id = ${tenantId} and desk_id in (${desks}) and issued_at >= ${start} and issued_at < ${end}`;
  const wait = sql.raw(WAIT[engine]);
  const tickets = await sql<{ tickets: number; called: number }>`select count(*) as tickets,
      ${sql.raw(when("status in ('no_show', 'cancelled', 'not_served')"))} as left_unseen,
      count(called_at) as called, avg(${wait}) as wait_mean, sum(case when ${wait} > 30 then 1 else 0 end) as wait_above
    from tickets where ${inPeriod}`.execute(db);
  const called = Number(tickets.rows[0]!.called);
  const waitMedian = await sql`select ${wait} as wait from tickets where ${inPeriod} and called_at is not null
    order by 1 limit 1 offset ${Math.floor(called / 2)}`.execute(db);
  const figures = contacts.rows[0]!;
  return {
    contacts: Number(figures.contacts),
    figures,
    tickets: tickets.rows[0],
    waitMedian: waitMedian.rows[0],
  };
}

/** The region of a database generated before (--database): its first tenant with contacts. */
async function existingRegion(db: Kysely<DB>) {
  const row = await db
    .selectFrom('contacts')
    .select(['tenant_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('date').as('to')])
    .groupBy('tenant_id')
    .executeTakeFirstOrThrow();
  const desks = await db.selectFrom('desks').select('id').where('tenant_id', '=', row.tenant_id).execute();
  const deskIds = desks.map((d) => d.id);
  return { tenantId: row.tenant_id, deskIds, desks: deskIds.length, contacts: Number(row.n), to: row.to };
}

async function runEngine(engine: Engine) {
  const { database, env, drop } = await scratch(engine);
  try {
    await migrateToLatest(database);
    const ctx = consoleContext(database, loadConfig(env));
    const size = shape(CONTACTS);
    let made: Pick<GenerateResult, 'tenantId' | 'deskIds' | 'desks' | 'contacts' | 'to'>;
    if (REUSE) made = await existingRegion(database.db);
    else {
      console.log(
        `report [${engine}]: generating ${size.desks} desks × ${size.years} years at ~${size.contactsPerDay} contacts per opening day…`,
      );
      const generated = await generate(ctx, {
        ...size,
        seed: 42,
        onProgress: (stage, done, total) => process.stderr.write(`  ${stage} ${done}/${total}\n`),
      });
      console.log(
        `report [${engine}]: ${generated.contacts} contacts, ${generated.requests} requests, ${generated.tickets} tickets in ${generated.seconds} s: ${Math.round(generated.contacts / (generated.seconds - generated.rollupSeconds))} contacts/s written, then ${generated.rollupSeconds} s of rollups`,
      );
      made = generated;
    }
    const to = made.to;
    const from = DateTime.fromISO(to).minus({ months: 6 }).plus({ days: 1 }).toISODate()!;
    const previousTo = DateTime.fromISO(from).minus({ days: 1 }).toISODate()!;
    const previousFrom = DateTime.fromISO(previousTo).minus({ months: 6 }).plus({ days: 1 }).toISODate()!;
    const region = { tenantId: made.tenantId, deskIds: made.deskIds, lang: 'it' as const };
    const desk = { ...region, deskIds: [made.deskIds[0]!] };
    const query = IndicatorQuery.parse({ from, to, compare: true });
    const deskQuery = IndicatorQuery.parse({ from, to, deskId: desk.deskIds[0], compare: true });

    const report = await buildReport(ctx, region, query);
    const scan = await rawScan(database.db, engine, made.tenantId, made.deskIds, from, to);
    const viaRollups = report.values.find((v) => v.id === 'contacts')?.value;
    console.log(
      `report [${engine}]: ${from}…${to}: ${viaRollups} contacts via rollups, ${scan.contacts} via the raw scan${Number(scan.contacts) === viaRollups ? ' (agree)' : ' (DIFFER)'}`,
    );
    const dashboardMs = await timed(() => buildReport(ctx, region, query));
    const deskMs = await timed(() => buildReport(ctx, desk, deskQuery));
    const rawMs = await timed(async () => {
      await rawScan(database.db, engine, made.tenantId, made.deskIds, from, to);
      await rawScan(database.db, engine, made.tenantId, made.deskIds, previousFrom, previousTo);
    });
    const figures = {
      engine,
      contacts: made.contacts,
      desks: made.desks,
      dashboard_ms: round(dashboardMs),
      desk_dashboard_ms: round(deskMs),
      raw_scan_ms: round(rawMs),
      speedup: round(rawMs / dashboardMs),
    };
    console.log(
      `report [${engine}]: dashboard (region, 6 months + previous) ${figures.dashboard_ms} ms, one desk ${figures.desk_dashboard_ms} ms, raw scans ${figures.raw_scan_ms} ms: ${figures.speedup}× faster`,
    );
    return figures;
  } finally {
    await drop();
  }
}

const results = [];
for (const engine of ENGINES) results.push(await runEngine(engine));
for (const figures of results) console.log(JSON.stringify(figures));
