/**
 * `sportello generate`: realistic synthetic data at scale for benchmarks
 * (regional: 60 desks × 5 years ≈ 10 million contacts). The frame (tenant,
 * organisations, municipalities, desks, operators) goes through the services;
 * the history (openings, presences, tickets, contacts, requests, operators,
 * people, referrals, bounces, feedback) is written directly in bulk, every
 * generated desk-day is marked dirty and the rollups are rebuilt at the end
 * (the slow part at regional scale: each day is rebuilt from its records).
 * Deterministic: the same seed and day give the same data (ids aside).
 * Never point it at a production tenant: it writes no audit for the history.
 */
import { DateTime } from 'luxon';
import { type Ctx, localDateOf, TENANT_ZONE } from '../context';
import { closuresBetween, openingsBetween } from '../modules/desks/calendar';
import { calendarDesk } from '../modules/desks/openings.service';
import { allServices, type ServiceRow } from '../modules/directory/directory.repo';
import { maxPersonNumber } from '../modules/indicators/person-sets.repo';
import { analyseRollups } from '../modules/indicators/rollups.repo';
import { refreshDirtyRollups } from '../modules/indicators/rollups.service';
import { addWorkingDays, overdueFrom } from '../modules/referrals/deadlines';
import { BulkWriter } from './generate-bulk';
import { simulateOpening } from './generate-day';
import { type Rand, seeded, weights } from './generate-mix';
import { createRegion } from './generate-setup';
import type { DeskState, Gen, ServiceRef } from './generate-state';

export interface GenerateOptions {
  desks: number;
  years: number;
  tenantCode?: string;
  /** Mean contacts per opening day (±30% day to day); the default makes 60 desks × 5 years ≈ 10 million. */
  contactsPerDay?: number;
  seed?: number;
  onProgress?: (stage: 'contacts' | 'rollups', done: number, total: number) => void;
}

export interface GenerateResult {
  tenantId: string;
  deskIds: string[];
  from: string;
  to: string;
  desks: number;
  openings: number;
  contacts: number;
  requests: number;
  tickets: number;
  people: number;
  referrals: number;
  seconds: number;
  /** Of which rebuilding the rollups. */
  rollupSeconds: number;
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

export const DEFAULT_CONTACTS_PER_DAY = 180;
/** Contacts buffered before a flush (one transaction). */
const FLUSH_CONTACTS = 20_000;
/** Desks loaded side by side on PostgreSQL: one database backend each. */
const LANES = 2;

/** 22 bits from the run's tag (tenant, seed, time): two runs into one tenant never share ids. */
function runSalt(tag: string): number {
  let hash = 0;
  for (const char of tag) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash % 2 ** 22;
}

/** Ids shaped as UUIDv7 (time first), made deterministic: 12 seeded bits and a run-wide sequence. */
function idMaker(rand: Rand, salt: number) {
  let seq = salt * 2 ** 30;
  return (ms: number) => {
    const t = Math.floor(ms).toString(16).padStart(12, '0');
    const r = Math.floor(rand() * 4096)
      .toString(16)
      .padStart(3, '0');
    const s = (seq++).toString(16).padStart(15, '0');
    return `${t.slice(0, 8)}-${t.slice(8)}-7${r}-8${s.slice(0, 3)}-${s.slice(3)}`;
  };
}

function generator(
  ctx: Ctx,
  rand: Rand,
  run: { tenantId: string; tag: string; personNumber: () => number; dirty: Map<string, Set<string>> },
  writer: BulkWriter,
  rows: ServiceRow[],
): Gen {
  const { dirty } = run;
  const cache = new Map<string, string>();
  const cached = (key: string, make: () => string) => {
    const found = cache.get(key);
    if (found !== undefined) return found;
    const value = make();
    cache.set(key, value);
    return value;
  };
  const all: ServiceRef[] = [];
  const byArea = new Map<string, ServiceRef[]>();
  for (const row of rows) {
    const service = { id: row.id, organisationId: row.organisation_id, ackWorkingDays: row.ack_working_days };
    all.push(service);
    for (const area of JSON.parse(row.area_codes) as string[])
      byArea.set(area, [...(byArea.get(area) ?? []), service]);
  }
  const g: Gen = {
    tenantId: run.tenantId,
    rand,
    now: ctx.now().getTime(),
    writer,
    id: idMaker(rand, runSalt(run.tag)),
    personNumber: run.personNumber,
    dirty: (deskId, date) => {
      const days = dirty.get(deskId) ?? new Set<string>();
      dirty.set(deskId, days);
      days.add(date);
    },
    localDate: localDateOf,
    ackDueBy: (date, days) => cached(`due:${date}:${days}`, () => addWorkingDays(date, days, new Set())),
    overdueFrom: (dueBy) => cached(`over:${dueBy}`, () => overdueFrom(dueBy, TENANT_ZONE)),
    servicesFor: (area) => byArea.get(area) ?? all,
    careOrganisations: [],
  };
  return g;
}

/** Generate the region; progress counts contacts against the expected total. */
export async function generate(ctx: Ctx, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const rand = seeded(seed);
  const perDay = options.contactsPerDay ?? DEFAULT_CONTACTS_PER_DAY;
  const tenantCode = options.tenantCode ?? 'generato';
  const tag = `${tenantCode}-s${seed}-${DateTime.fromJSDate(ctx.now()).toFormat('yyyyMMddHHmmss')}`;
  const region = await createRegion(ctx, rand, {
    desks: options.desks,
    tenantCode,
    tag,
    operatorsPerOrganisation: Math.max(1, Math.min(6, Math.ceil(perDay / (perDay >= 40 ? 45 : 15)))),
    longDays: perDay >= 40,
  });
  const today = DateTime.fromJSDate(ctx.now(), { zone: TENANT_ZONE });
  const from = today.minus({ days: Math.max(1, Math.round(options.years * 365.25)) }).toISODate()!;
  const to = today.minus({ days: 1 }).toISODate()!;

  const services = await allServices(ctx.db, region.tenantId);
  const plans = region.desks.map((desk) => {
    const calendar = calendarDesk(desk.view);
    return {
      desk,
      windows: openingsBetween(calendar, [], closuresBetween(calendar, [], from, to), from, to),
    };
  });
  const expected = plans.reduce((sum, p) => sum + p.windows.length, 0) * perDay;
  const totals = { openings: 0, contacts: 0, requests: 0, tickets: 0 };
  const dirty = new Map<string, Set<string>>();
  let nextNumber = (await maxPersonNumber(ctx.db, region.tenantId)) + 1;
  const personNumber = () => nextNumber++;

  // Desks share nothing but the frame, so lanes of desks load side by side, each
  // with its own randomness, ids, writer and transactions (one lane on SQLite).
  const lanes = ctx.dialect.engine === 'postgres' ? Math.min(LANES, plans.length) : 1;
  const writers = await Promise.all(
    Array.from({ length: lanes }, () => BulkWriter.for(ctx.db, ctx.dialect.engine)),
  );
  await Promise.all(
    writers.map(async (writer, lane) => {
      const laneRand = lane === 0 ? rand : seeded(seed * LANES + lane);
      const g = generator(
        ctx,
        laneRand,
        { tenantId: region.tenantId, tag: `${tag}:${lane}`, personNumber, dirty },
        writer,
        services,
      );
      for (const { desk, windows } of plans.filter((_, i) => i % lanes === lane)) {
        const state: DeskState = {
          id: desk.view.id,
          counters: desk.view.counters,
          operators: desk.operators,
          contactsPerDay: perDay,
          municipality: weights(desk.catchment.map((m) => [m.id, m.weight] as const)),
          people: [],
        };
        g.careOrganisations = desk.careOrganisations;
        for (const window of windows) {
          const made = simulateOpening(g, state, {
            date: window.date,
            start: Date.parse(window.start),
            end: Date.parse(window.end),
          });
          totals.openings += 1;
          totals.contacts += made.contacts;
          totals.requests += made.requests;
          totals.tickets += made.tickets;
          if (writer.pending('contacts') >= FLUSH_CONTACTS) {
            await writer.queue();
            options.onProgress?.('contacts', totals.contacts, expected);
          }
        }
      }
      await writer.flush();
    }),
  );
  const markedAt = ctx.now().toISOString();
  const writer = writers[0]!;
  for (const [deskId, days] of dirty)
    for (const date of days) writer.add('rollup_dirty', region.tenantId, deskId, date, markedAt);
  await writer.flush();
  await writer.analyse();
  options.onProgress?.('contacts', totals.contacts, totals.contacts);
  const written = performance.now();
  await refreshDirtyRollups(ctx, region.tenantId, {
    concurrency: lanes,
    onProgress: (done, total) => options.onProgress?.('rollups', done, total),
  });
  await analyseRollups(ctx.db, ctx.dialect);
  const sum = (table: 'people' | 'referrals') => writers.reduce((n, w) => n + w.written.get(table)!, 0);

  return {
    tenantId: region.tenantId,
    deskIds: region.desks.map((d) => d.view.id),
    from,
    to,
    desks: region.desks.length,
    ...totals,
    people: sum('people'),
    referrals: sum('referrals'),
    seconds: seconds(started),
    rollupSeconds: seconds(written),
  };
}
