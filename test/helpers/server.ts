/**
 * A real Sportello server for browser tests: the built web app and the API on
 * a random port over a fresh SQLite database, with the setup token at hand.
 * `now` sets the server's clock (the desk is only open at certain times).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { consoleContext } from '../../src/server/context';
import { openDatabase } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { issueSetupToken } from '../../src/server/modules/accounts/setup.service';

export async function startServer(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sportello-e2e-'));
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', PORT: '0' });
  const database = openDatabase(config);
  await migrateToLatest(database);
  const app = await buildApp({ config, database, logger: false, now });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const ctx = consoleContext(database, config, { now, bus: app.bus });
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    issueSetupToken: () => issueSetupToken(ctx),
    async close() {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
