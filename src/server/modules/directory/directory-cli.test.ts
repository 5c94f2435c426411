import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTenant } from '../../../../test/factories';
import { startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import { HSDS_DIR } from './hsds-schema';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../../..');

describeEngines('directory on the command line', (db, engine) => {
  let t: TestApp;
  let dir: string;
  const code = `dircli-${engine}`;

  async function sportello(args: string[]) {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        ['--import', 'tsx', 'src/server/cli.ts', ...args],
        {
          cwd: ROOT,
          env: { ...process.env, ...db().env, LANG: 'en_GB.UTF-8' },
        },
      );
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout + failed.stderr };
    }
  }

  beforeAll(async () => {
    t = await startTestApp(db());
    await makeTenant(t.ctx(), code);
    dir = mkdtempSync(path.join(os.tmpdir(), 'sportello-dircli-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports HSDS JSON and CSV, exports both forms, and refuses a bad file row by row', async () => {
    const example = path.join(HSDS_DIR, 'examples/service_full.json');
    const dry = await sportello(['directory', 'import', example, '--tenant', code, '--dry-run']);
    expect(dry.out).toContain('Dry run: the data is correct, nothing was saved.');
    expect(dry.code).toBe(0);
    const csv = await sportello([
      'directory',
      'import',
      path.join(HSDS_DIR, 'examples/csv'),
      '--tenant',
      code,
    ]);
    expect(csv.out).toContain('1 services: 1 new, 0 updated; 1 new organisations.');

    const out = path.join(dir, 'services.json');
    expect((await sportello(['directory', 'export', '--tenant', code, '--out', out])).code).toBe(0);
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(exported.map((s: { name: string }) => s.name)).toEqual(['Community Counselling']);
    const csvOut = path.join(dir, 'csv');
    await sportello(['directory', 'export', '--tenant', code, '--format', 'csv', '--out', csvOut]);
    expect(readdirSync(csvOut)).toEqual(
      expect.arrayContaining(['datapackage.json', 'services.csv', 'phones.csv']),
    );
    const again = await sportello(['directory', 'import', csvOut, '--tenant', code, '--dry-run']);
    expect(again.out).toContain('1 services: 0 new, 1 updated');

    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([exported[0], { ...exported[0], id: 'x', status: 'open' }]));
    const refused = await sportello(['directory', 'import', bad, '--tenant', code]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('#1, id: Invalid format (uuid)');
    expect(refused.out).toContain('#1, status: Value not allowed');
    expect(refused.out).toContain('The data has 2 problems: nothing was imported.');
    expect((await sportello(['directory', 'export', '--tenant', 'nessuno', '--out', out])).code).toBe(1);
  }, 60_000);
});
