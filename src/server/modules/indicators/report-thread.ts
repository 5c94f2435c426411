/**
 * Run the PDF report's rendering in a worker thread (report-worker.ts), so a
 * long layout never blocks the event loop. From the sources (tests, the
 * console) the worker registers tsx and loads the TypeScript entry; from the
 * built server, its bundled sibling `report-worker.js`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Language } from '../../../shared/roles';
import type { IndicatorReport } from '../../../shared/schemas/indicators';

function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./report-worker.js', import.meta.url), { workerData });
  // tsx's ESM entry, as its package exports name it for `import`.
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const exported = (require(manifest) as { exports: Record<string, { import: { default: string } }> })
    .exports;
  const tsx = pathToFileURL(path.join(path.dirname(manifest), exported['./esm/api']!.import.default)).href;
  const entry = new URL('./report-worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData });
}

export function renderReportOffThread(
  report: IndicatorReport,
  lang: Language,
  suppress: boolean,
): Promise<Buffer> {
  const worker = startWorker({ report, lang, suppress });
  return new Promise((resolve, reject) => {
    worker.once('message', (bytes: Uint8Array) => resolve(Buffer.from(bytes)));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`report worker stopped with code ${code}`));
    });
  });
}
