/**
 * Forward-only migrations, applied in order at start and by `sportello migrate`.
 * A migration is never edited once released; a fix is a new migration.
 */
import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Database } from './database';
import * as foundation from './migrations/0001-foundation';
import * as queue from './migrations/0002-queue';
import * as contacts from './migrations/0003-contacts';
import * as directory from './migrations/0004-directory';
import * as referrals from './migrations/0005-referrals';
import * as indicators from './migrations/0006-indicators';
import * as publicSite from './migrations/0007-public';
import * as regional from './migrations/0008-regional';

type Step = { up(db: Kysely<unknown>, dialect: Database['dialect']): Promise<void> };

const STEPS: Record<string, Step> = {
  '0001-foundation': foundation,
  '0002-queue': queue,
  '0003-contacts': contacts,
  '0004-directory': directory,
  '0005-referrals': referrals,
  '0006-indicators': indicators,
  '0007-public': publicSite,
  '0008-regional': regional,
};

/** Apply every pending migration; returns the names applied. Throws on the first failure. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrations: Record<string, Migration> = {};
  for (const [name, step] of Object.entries(STEPS)) {
    migrations[name] = { up: (db) => step.up(db, database.dialect) };
  }
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
