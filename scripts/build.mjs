/**
 * Builds what `npm start` runs, only when its sources changed: the server as
 * one ES module bundle (dist/server, dependencies left in node_modules) and
 * the web app (dist/web, by Vite in a child process). Plain JavaScript, so it
 * runs before anything is compiled; the server then starts on plain Node,
 * without a TypeScript loader in memory. Staleness is a hash of the inputs:
 * file times mean nothing after a git clone.
 *
 *   node scripts/build.mjs [--force]      build what is stale (everything with --force)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.build-hash';

// Console sentences come from the shared catalogue, in the console's language (Italian unless LANG is English).
const LANG = (process.env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'it';
const CATALOGUE = JSON.parse(
  readFileSync(path.join(ROOT, `src/shared/i18n/locales/${LANG}.json`), 'utf8'),
).console;
const say = (key, params) => CATALOGUE[key].replace(/\{\{(\w+)\}\}/g, (_, name) => params[name]);

const TARGETS = {
  server: {
    out: path.join(ROOT, 'dist/server'),
    inputs: ['src/server', 'src/shared', 'package-lock.json', 'scripts/build.mjs'],
  },
  web: {
    out: path.join(ROOT, 'dist/web'),
    inputs: ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'],
  },
};

function listFiles(entry) {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.') && !/\.test\.tsx?$/.test(d.name))
    .flatMap((d) => listFiles(path.join(entry, d.name)));
}

function sourceHash(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => listFiles(path.join(ROOT, input))).sort()) {
    hash.update(path.relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

function isFresh(target) {
  const stamp = path.join(target.out, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourceHash(target.inputs);
}

/** Build into a temporary folder and swap it in, so a running server never sees half a build. */
async function rebuild(target, build) {
  const hash = sourceHash(target.inputs);
  const tmp = `${target.out}.${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await build(tmp);
  writeFileSync(path.join(tmp, STAMP), `${hash}\n`);
  rmSync(target.out, { recursive: true, force: true });
  renameSync(tmp, target.out);
}

async function buildServer(outdir) {
  const esbuild = await import('esbuild');
  try {
    await esbuild.build({
      entryPoints: {
        main: path.join(ROOT, 'src/server/main.ts'),
        cli: path.join(ROOT, 'src/server/cli.ts'),
        // The PDF report renders in a worker thread (report-thread.ts loads it by this name).
        'report-worker': path.join(ROOT, 'src/server/modules/indicators/report-worker.ts'),
      },
      outdir,
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: true,
      logLevel: 'warning',
    });
  } finally {
    await esbuild.stop();
  }
}

function buildWeb(outDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--logLevel',
        'warn',
        '--outDir',
        outDir,
        '--emptyOutDir',
      ],
      // A production build even when a test runner (NODE_ENV=test) starts it.
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`web build failed with exit code ${code}`)),
    );
  });
}

/** Build whatever is stale (or everything when forced); returns the names built. */
export async function ensureBuilt({ force = false, only, log = (line) => console.log(line) } = {}) {
  const built = [];
  for (const [name, build] of [
    ['server', buildServer],
    ['web', buildWeb],
  ]) {
    if (only && only !== name) continue;
    const target = TARGETS[name];
    if (!force && isFresh(target)) continue;
    log(say('building', { what: CATALOGUE.buildTargets[name] }));
    await rebuild(target, build);
    built.push(name);
  }
  return built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  ensureBuilt({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(say('buildFailed', { reason: error.message }));
    process.exit(1);
  });
}
