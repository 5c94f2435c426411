/**
 * Service directory search: 5,000 services generated into a fresh SQLite
 * database through the same insert path as the demo (one transaction), then
 * searches as a desk operator types them (whole words and 3+ letter prefixes,
 * accents or not, one to three words) through the search service function.
 * Baseline in the same run: reading one service by its key (findService),
 * since machines are noisy: compare the ratio.
 *
 * Options: --services N (5000), --searches N (2000). Last line:
 * {"services":…,"search_p50_ms":…,"search_p99_ms":…,"lookup_p50_ms":…,"ratio_p50":…}
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/server/config';
import { consoleContext, inTransaction } from '../src/server/context';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { addTenantFromCli } from '../src/server/modules/accounts/setup.service';
import {
  findService,
  insertService,
  searchServicesOf,
} from '../src/server/modules/directory/directory.service';
import { ServiceInput } from '../src/shared/schemas/directory';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SERVICES = arg('services', 5000);
const SEARCHES = arg('searches', 2000);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (n: number) => Math.round(n * 100) / 100;

/** A small deterministic generator, so every run searches the same data. */
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const KINDS = ['Sportello', 'Centro', 'Servizio', 'Ufficio', 'Progetto', 'Laboratorio', 'Punto'];
const TOPICS = [
  ['assistenza domiciliare', 'elderly'],
  ['sostegno economico', 'poverty_adults'],
  ['emergenza abitativa', 'poverty_adults'],
  ['affido familiare', 'family_minors'],
  ['disabilità e autonomia', 'disability'],
  ['salute mentale', 'multi_user'],
  ['dipendenze patologiche', 'addiction'],
  ['mediazione culturale', 'migrants'],
  ['orientamento al lavoro', 'poverty_adults'],
  ['doposcuola e mensa', 'family_minors'],
  ['non autosufficienza', 'elderly'],
  ['ascolto e accoglienza', 'multi_user'],
] as const;
const PLACES = [
  'Carmagnola',
  'Carignano',
  'Villastellone',
  'Pancalieri',
  'Piobesi Torinese',
  'Osasio',
  'Lombriasco',
];
const WORDS = [
  'famiglie',
  'anziani',
  'minori',
  'giovani',
  'donne',
  'persone con disabilità',
  'cittadini stranieri',
  'adulti soli',
];
const QUERIES = [
  'anziani',
  'assistenza domiciliare',
  'casa',
  'affitto',
  'disabilita',
  'disabilità',
  'salute mentale',
  'dipendenze',
  'minori',
  'mensa',
  'lavoro',
  'tirocini',
  'famiglie',
  'mediazione',
  'stranieri',
  'non autosufficienza',
  'centro diurno',
  'carignano',
  'sportello carmagnola',
  'ascolto',
  'emergenza',
  'affido',
  'doposcuola',
  'economico',
];

/** What a person types on the way to a query: each word growing from three letters. */
function typed(query: string): string[] {
  const words = query.split(' ');
  const steps: string[] = [];
  words.forEach((word, i) => {
    for (let n = Math.min(3, word.length); n <= word.length; n += 2)
      steps.push([...words.slice(0, i), word.slice(0, n)].join(' '));
  });
  return [...steps, query];
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'sportello-bench-directory-'));
const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', SESSION_SECRET: 'bench-'.padEnd(48, 'x') });
const database = openDatabase(config);
try {
  await migrateToLatest(database);
  const ctx = consoleContext(database, config);
  const { tenantId } = await addTenantFromCli(ctx, {
    tenant: { name: 'Bench', code: 'bench' },
    organisations: [
      { name: 'Comune di Carmagnola', kind: 'comune' },
      { name: 'Consorzio CISA 31', kind: 'consorzio' },
      { name: 'ASL TO5', kind: 'asl' },
      { name: 'Associazione Banco Solidale', kind: 'terzo_settore' },
    ],
    admin: {
      fullName: 'Bench',
      username: 'bench-admin',
      email: null,
      password: 'cavallo-blu-sul-tetto-42',
      locale: 'it',
      organisationIndex: 0,
    },
  });
  const organisations = await ctx.db
    .selectFrom('organisations')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .execute();

  console.log(`Generating ${SERVICES} services in one transaction…`);
  const started = performance.now();
  const ids: string[] = [];
  await inTransaction(ctx, async (tx) => {
    for (let i = 0; i < SERVICES; i++) {
      const [topic, area] = pick(TOPICS);
      const place = pick(PLACES);
      const input = ServiceInput.parse({
        organisationId: pick(organisations).id,
        name: `${pick(KINDS)} ${topic} ${place} ${i}`,
        description: `Servizio di ${topic} per ${pick(WORDS)} e ${pick(WORDS)} residenti a ${place}: informazioni, colloqui e accompagnamento.`,
        eligibilityDescription: `Residenti a ${place}; su appuntamento.`,
        status: random() < 0.9 ? 'active' : 'temporarily closed',
        areaCodes: [area],
        locations: [
          { name: `Sede di ${place}`, address1: `Via Roma ${i % 200}`, city: place, postalCode: '10022' },
        ],
        schedules: [{ byday: 'MO,WE', opensAt: '09:00', closesAt: '12:00' }],
        phones: [{ number: `011 ${String(1_000_000 + i).slice(1)}` }],
      });
      ids.push(await insertService(tx, tenantId, input));
    }
  });
  console.log(`  inserted in ${Math.round(performance.now() - started)} ms`);

  const searches = QUERIES.flatMap(typed);
  const searchMs: number[] = [];
  const lookupMs: number[] = [];
  let hits = 0;
  for (let i = 0; i < 100; i++)
    await searchServicesOf(ctx, tenantId, { q: searches[i % searches.length], limit: 20 });
  for (let i = 0; i < SEARCHES; i++) {
    const q = searches[i % searches.length]!;
    const t0 = performance.now();
    const result = await searchServicesOf(ctx, tenantId, { q, limit: 20 });
    searchMs.push(performance.now() - t0);
    hits += result.services.length;
    const t1 = performance.now();
    await findService(ctx, tenantId, ids[Math.floor(random() * ids.length)]!);
    lookupMs.push(performance.now() - t1);
  }
  console.log(
    `${SEARCHES} searches over ${searches.length} distinct typed queries, ${round(hits / SEARCHES)} results each on average`,
  );
  const result = {
    services: SERVICES,
    search_p50_ms: round(percentile(searchMs, 50)),
    search_p99_ms: round(percentile(searchMs, 99)),
    lookup_p50_ms: round(percentile(lookupMs, 50)),
    ratio_p50: round(percentile(searchMs, 50) / percentile(lookupMs, 50)),
  };
  console.log(`search p50 ${result.search_p50_ms} ms, p99 ${result.search_p99_ms} ms (target p99 ≤ 50 ms)`);
  console.log(JSON.stringify(result));
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
