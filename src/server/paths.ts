/**
 * Where the project's files are, whether this code runs from src/ (tests, the
 * CLI through tsx) or from the dist/server bundle (npm start).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const WEB_ROOT = path.join(PROJECT_ROOT, 'dist/web');
