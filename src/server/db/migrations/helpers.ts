/**
 * Builders every migration shares: a table whose first column is tenant_id,
 * and an index whose first column is tenant_id (the rule a test enforces).
 */
import type { CreateTableBuilder, Kysely } from 'kysely';

type Builder = CreateTableBuilder<string, string>;

export function tenantTables(db: Kysely<unknown>) {
  const table = (name: string) =>
    db.schema.createTable(name).addColumn('tenant_id', 'text', (c) => c.notNull()) as unknown as Builder;
  const index = async (name: string, on: string, columns: string[], unique = false) => {
    const builder = db.schema
      .createIndex(name)
      .on(on)
      .columns(['tenant_id', ...columns]);
    await (unique ? builder.unique() : builder).execute();
  };
  return { table, index };
}
