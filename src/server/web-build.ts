/**
 * Builds the web app when dist/web is missing or older than its sources, so
 * `npm start` on a fresh clone needs no separate build step. Staleness is a
 * hash of the inputs (file times are meaningless after a git clone). The build
 * runs in a child process so the server keeps only its own memory.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'dist/web');
const STAMP = '.build-hash';
const INPUTS = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'];

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.') && !d.name.endsWith('.test.ts') && !d.name.endsWith('.test.tsx'))
    .flatMap((d) => listFiles(path.join(entry, d.name)));
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap((input) => listFiles(path.join(ROOT, input))).sort();
  for (const file of files) {
    hash.update(path.relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function isWebFresh(): boolean {
  const stamp = path.join(WEB_DIST, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === sourceHash();
}

/** Build into a temporary folder, then swap it in, so a running server never serves half a build. */
export async function ensureWebBuilt(
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<boolean> {
  if (!options.force && isWebFresh()) return false;
  const log = options.log ?? ((line: string) => console.log(line));
  log(
    'Preparazione dell’interfaccia web (solo al primo avvio o dopo un aggiornamento)… / Building the web app…',
  );
  const hash = sourceHash();
  const outDir = `${WEB_DIST}.${process.pid}`;
  await new Promise<void>((resolve, reject) => {
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
  writeFileSync(path.join(outDir, STAMP), `${hash}\n`);
  rmSync(WEB_DIST, { recursive: true, force: true });
  renameSync(outDir, WEB_DIST);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  ensureWebBuilt({ force: process.argv.includes('--force') }).catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
