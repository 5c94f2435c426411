/**
 * `npm run bench -- <name> [options]`: runs bench/<name>.ts. Every benchmark
 * prints what it does and, as its last line, one JSON object with its figures.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const [name, ...rest] = process.argv.slice(2);
const here = import.meta.dirname;
const available = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.startsWith('_'))
  .map((file) => file.replace(/\.ts$/, ''));

if (!name || !existsSync(path.join(here, `${name}.ts`))) {
  console.error(`Usage: npm run bench -- <${available.join('|')}> [options]`);
  process.exit(1);
}
process.argv = [process.argv[0]!, path.join(here, `${name}.ts`), ...rest];
await import(path.join(here, `${name}.ts`));
