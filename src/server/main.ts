/**
 * Start: config → database → migrations → listen (`npm start` first runs
 * scripts/build.mjs, which rebuilds the server bundle and the web app when
 * stale). On an empty database, prints the one-time setup link; with --demo,
 * loads the demonstration data (in <DATA_DIR>/demo unless DATABASE_URL is set)
 * and prints the demo users' passwords.
 */
import path from 'node:path';
import { buildApp } from './app';
import { type Config, ConfigError, loadConfig } from './config';
import { printDemoCredentials, printSetupLink, say } from './console';
import { consoleContext } from './context';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { seedDemo } from './demo/seed';
import { startJobs } from './jobs';
import { issueSetupToken } from './modules/accounts/setup.service';
import { ensureAllTenantsTerms } from './modules/vocabularies/vocabularies.service';

async function main() {
  const isDemo = process.argv.includes('--demo');
  const config = readConfig(isDemo);
  const database = openDatabase(config);
  await migrateToLatest(database);
  const app = await buildApp({ config, database });
  const ctx = consoleContext(database, config, { bus: app.bus });
  await ensureAllTenantsTerms(ctx);
  const stopJobs = startJobs(ctx, (error) => app.log.error({ err: error }, 'scheduled job failed'));

  const shutdown = async () => {
    stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  console.log(say('running', { url: config.publicUrl, engine: database.describe() }));
  if (isDemo) printDemoCredentials(config, await seedDemo(ctx));
  const token = await issueSetupToken(ctx);
  if (token) printSetupLink(config, token);
}

function readConfig(isDemo: boolean): Config {
  try {
    const env = { ...process.env };
    if (isDemo && !env.DATABASE_URL) env.DATA_DIR = path.join(env.DATA_DIR ?? './data', 'demo');
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: Error) => {
  console.error(say('startFailed', { reason: error.message }));
  process.exit(1);
});
