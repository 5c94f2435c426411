/**
 * What the benchmarks share: a fresh data directory with the demo data plus
 * a desk open around the clock (so a bench runs at any hour), and the server
 * started as `npm start` starts it, in its own process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DateTime } from 'luxon';
import { ensureBuilt } from '../scripts/build.mjs';
import { loadConfig } from '../src/server/config';
import { consoleContext } from '../src/server/context';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemo } from '../src/server/demo/seed';
import { listOrganisations } from '../src/server/modules/accounts/organisations.service';
import { findLogin } from '../src/server/modules/accounts/users.service';
import { createDesk } from '../src/server/modules/desks/desks.service';
import { addExtraOpening } from '../src/server/modules/desks/openings.service';
import { createDevice } from '../src/server/modules/devices/devices.service';

const ROOT = path.resolve(import.meta.dirname, '..');

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Demo data, a desk open every day 00:00–23:59 (plus an extra opening if today is a holiday), a display. */
export async function prepare(dataDir: string) {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const database = openDatabase(config);
  await migrateToLatest(database);
  const ctx = consoleContext(database, config);
  const demo = await seedDemo(ctx);
  const admin = (await findLogin(ctx, 'admin'))!;
  const adminCtx = {
    ...ctx,
    actor: {
      tenantId: admin.tenantId,
      userId: admin.id,
      organisationId: '',
      roles: ['admin' as const],
      sessionId: null,
    },
  };
  const orgs = await listOrganisations(adminCtx);
  const desk = await createDesk(adminCtx, {
    name: 'Sportello di prova (sempre aperto)',
    address: 'Banco di prova',
    municipalityId: null,
    timezone: 'Europe/Rome',
    organisationIds: orgs.filter((o) => o.kind !== 'asl').map((o) => o.id),
    counters: ['Postazione 1'],
    patronDay: null,
    queue: {
      maxPriorityStreak: 2,
      standardMaxWaitMinutes: 30,
      noShowAfterRecalls: 2,
      closingGraceMinutes: 30,
    },
    hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: '00:00', closesAt: '23:59' })),
  });
  const today = DateTime.now().setZone('Europe/Rome').toISODate()!;
  const coordinator = (await findLogin(ctx, 'coordinatore'))!;
  const consorzio = orgs.find((o) => o.kind === 'consorzio')!.id;
  await addExtraOpening(
    {
      ...ctx,
      actor: {
        tenantId: admin.tenantId,
        userId: coordinator.id,
        organisationId: consorzio,
        roles: ['coordinator'],
        sessionId: null,
      },
    },
    desk.id,
    { date: today, opensAt: '00:00', closesAt: '23:59', note: 'bench' },
  ).catch(() => undefined); // an ordinary day: the weekly hours already cover it
  const display = await createDevice(adminCtx, {
    name: 'Schermo di prova',
    deskId: desk.id,
    kind: 'display',
    printer: 'none',
  });
  await database.close();
  return {
    deskId: desk.id,
    code: decodeURIComponent(display.pairingUrl.split('#code=')[1]!),
    operator: {
      username: 'operatore.comune',
      password: demo.users.find((u) => u.username === 'operatore.comune')!.password,
    },
    password: (username: string) => demo.users.find((u) => u.username === username)!.password,
  };
}

export interface BenchServer {
  base: string;
  setup: Awaited<ReturnType<typeof prepare>>;
  stop(): Promise<void>;
}

/** Build if needed, prepare a data directory, start the server and wait until it is ready. */
export async function startBenchServer(name: string): Promise<BenchServer> {
  await ensureBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `sportello-bench-${name}-`));
  console.log(`${name}: preparing demo data and a desk open around the clock in ${dataDir}`);
  const setup = await prepare(dataDir);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    base,
    setup,
    async stop() {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
