import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEngines } from '../../../test/helpers/engines';
import { migrateToLatest } from './migrate';

/** Tables that exist before or above tenants: the tenant list, the global sign-in directory, first-run links, migrations. */
const GLOBAL_TABLES = new Set([
  'tenants',
  'login_names',
  'setup_tokens',
  'kysely_migration',
  'kysely_migration_lock',
]);

/**
 * The full-text index of the service directory (dialect.createFullTextTable):
 * on SQLite an FTS5 virtual table and the shadow tables FTS5 keeps for it, on
 * PostgreSQL a GIN index, which cannot lead with tenant_id without btree_gin.
 * Its rows carry tenant_id and every search filters on it.
 */
const isFullTextIndex = (table: string) => /^directory_search(_|$)/.test(table);

describeEngines('migrations', (db) => {
  it('run from empty to the latest schema, and again as a no-op', async () => {
    const { database } = db();
    const tables = await database.db.introspection.getTables();
    const names = tables.map((t) => t.name);
    for (const table of [
      'tenants',
      'organisations',
      'municipalities',
      'desks',
      'desk_hours',
      'users',
      'sessions',
      'audit_events',
    ]) {
      expect(names).toContain(table);
    }
    expect(await migrateToLatest(database)).toEqual([]);
  });

  it('lead every primary key and index of tenant data with tenant_id', async () => {
    const { database } = db();
    const indexes = await database.dialect.listIndexes(database.db);
    const tenantIndexes = indexes.filter(
      (index) => !GLOBAL_TABLES.has(index.table) && !isFullTextIndex(index.table),
    );
    expect(tenantIndexes.length).toBeGreaterThan(15);
    const offenders = tenantIndexes.filter((index) => index.columns[0] !== 'tenant_id');
    expect(offenders).toEqual([]);
    const tables = await database.db.introspection.getTables();
    const withoutKey = tables
      .filter((t) => !GLOBAL_TABLES.has(t.name) && !isFullTextIndex(t.name))
      .filter((t) => !tenantIndexes.some((index) => index.table === t.name && index.isPrimary));
    expect(withoutKey.map((t) => t.name)).toEqual([]);
  });

  it('make the audit trail append-only at the database level', async () => {
    const { database } = db();
    const now = new Date().toISOString();
    await database.db
      .insertInto('tenants')
      .values({ id: '00000000-0000-7000-8000-000000000001', name: 'T', code: 'append-only', created_at: now })
      .execute();
    await database.db
      .insertInto('audit_events')
      .values({
        tenant_id: '00000000-0000-7000-8000-000000000001',
        seq: 1,
        at: now,
        actor_id: null,
        action: 'test.done',
        entity_type: 'test',
        entity_id: null,
        request_id: null,
        changed_fields: '[]',
        prev_hash: '0',
        hash: '1',
      })
      .execute();
    await expect(sql`update audit_events set action = 'forged'`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_events`.execute(database.db)).rejects.toThrow(/append-only/);
  });
});
