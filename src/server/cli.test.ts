import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEngines } from '../../test/helpers/engines';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

describeEngines('command line', (db) => {
  async function sportello(args: string[], env: Record<string, string> = {}) {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        ['--import', 'tsx', 'src/server/cli.ts', ...args],
        {
          cwd: ROOT,
          env: { ...process.env, ...db().env, LANG: 'en_GB.UTF-8', ...env },
        },
      );
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout + failed.stderr };
    }
  }

  it('prints a setup link while no tenant exists', async () => {
    const result = await sportello(['setup-link']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/\/setup#token=[\w-]{40,}/);
  });

  it('sets up the first tenant from the console, with field errors in plain words', async () => {
    const base = [
      'setup',
      '--tenant-name',
      'CISA 31',
      '--tenant-code',
      'cisa31',
      '--organisation',
      'comune:Comune di Carmagnola',
    ];
    const admin = ['--admin-name', 'Ada Admin', '--admin-username', 'ada'];
    const weak = await sportello([...base, ...admin], { SPORTELLO_ADMIN_PASSWORD: 'short' });
    expect(weak.code).toBe(1);
    expect(weak.out).toContain('admin.password: The password must be at least 12 characters long');
    const ok = await sportello([...base, ...admin], { SPORTELLO_ADMIN_PASSWORD: 'cavallo-blu-sul-tetto-42' });
    expect(ok.out).toContain('Done: tenant CISA 31, administrator ada.');
    expect(ok.code).toBe(0);
    const again = await sportello([...base, ...admin], {
      SPORTELLO_ADMIN_PASSWORD: 'cavallo-blu-sul-tetto-42',
    });
    expect(again.code).toBe(1);
    expect(again.out).toContain('already been completed');
  });

  it('loads the demo data and gives a locked-out user a temporary password', async () => {
    const demo = await sportello(['seed-demo']);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/operatore\.comune\s+\S{19}/);
    const reset = await sportello(['users', 'reset-password', 'operatore.cisa']);
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(
      /Temporary password for operatore\.cisa: [a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}/,
    );
    expect((await sportello(['users', 'reset-password', 'nobody'])).code).toBe(1);
  }, 120_000); // six months of queue and contacts, replayed through the services

  it('audit verify passes on an intact trail and names the first broken link after tampering', async () => {
    const intact = await sportello(['audit', 'verify']);
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/chain intact, \d+ events/);
    const kysely = db().database.db;
    const triggerOff =
      db().database.dialect.engine === 'sqlite'
        ? ['drop trigger audit_events_no_update']
        : ['alter table audit_events disable trigger audit_events_append_only'];
    for (const statement of triggerOff) await sql.raw(statement).execute(kysely);
    await sql`update audit_events set entity_id = 'forged' where seq = 2`.execute(kysely);
    const broken = await sportello(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('CHAIN BROKEN at event 2 (hash_mismatch)');
  });

  it('stops with a sentence naming a wrong setting', async () => {
    const result = await sportello(['migrate'], { SESSION_IDLE_MINUTES: 'soon' });
    expect(result.code).toBe(1);
    expect(result.out).toContain('SESSION_IDLE_MINUTES="soon" is not valid: expected a number');
  });
});
