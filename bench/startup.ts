/**
 * Cold start and memory of `npm start` on an empty embedded database.
 *
 * Each run starts the server exactly as `npm start` does, in a fresh data
 * directory (so migrations run from empty), and times spawn → first 200 on
 * /readyz; then 100 requests (readiness, session, the web page) and the
 * process's resident memory. A bare Node HTTP server started the same way in
 * the same run is the baseline, since machines are noisy: compare ratios.
 *
 * Options: --runs N (default 5). Last line: {"engine","cold_start_ms","rss_mb",...}
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../scripts/build.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor200(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no 200 from ${url} in time`);
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function measure(command: string, env: Record<string, string>, paths: string[]) {
  const port = await freePort();
  const started = performance.now();
  // `exec` lets the measured process be the server itself, not a shell around it.
  const child = spawn('/bin/sh', ['-c', command], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor200(`http://127.0.0.1:${port}${paths[0]}`, Date.now() + 30_000);
    const coldMs = performance.now() - started;
    for (let i = 0; i < 100; i++)
      await (await fetch(`http://127.0.0.1:${port}${paths[i % paths.length]}`)).arrayBuffer();
    return { coldMs, rss: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

await ensureBuilt();
console.log(
  `startup: ${runs} cold starts of the server on a fresh SQLite database, and of a bare Node server`,
);
const app: { coldMs: number; rss: number }[] = [];
const bare: { coldMs: number; rss: number }[] = [];
const baseline = `require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT, '127.0.0.1')`;
for (let i = 0; i < runs; i++) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sportello-bench-'));
  try {
    app.push(
      // Exactly what `npm start` runs: the staleness check, then the server.
      await measure('node scripts/build.mjs && exec node dist/server/main.js', { DATA_DIR: dataDir }, [
        '/readyz',
        '/api/auth/session',
        '/',
      ]),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  bare.push(await measure(`exec node -e "${baseline}"`, {}, ['/']));
  console.log(
    `  run ${i + 1}: app ${app.at(-1)!.coldMs.toFixed(0)} ms, ${app.at(-1)!.rss.toFixed(1)} MB; ` +
      `bare node ${bare.at(-1)!.coldMs.toFixed(0)} ms, ${bare.at(-1)!.rss.toFixed(1)} MB`,
  );
}
const coldMs = median(app.map((r) => r.coldMs));
const bareMs = median(bare.map((r) => r.coldMs));
console.log(
  JSON.stringify({
    engine: 'sqlite',
    cold_start_ms: Math.round(coldMs),
    rss_mb: Math.round(median(app.map((r) => r.rss)) * 10) / 10,
    runs,
    baseline_bare_node_ms: Math.round(bareMs),
    baseline_bare_node_rss_mb: Math.round(median(bare.map((r) => r.rss)) * 10) / 10,
    cold_start_vs_bare_node: Math.round((coldMs / bareMs) * 10) / 10,
  }),
);
