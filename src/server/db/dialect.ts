/**
 * Every difference between SQLite and PostgreSQL lives here, and nowhere else
 * may branch on the engine. Later capabilities add their helpers (date
 * bucketing, percentiles, full-text search) beside these.
 */
import {
  type ColumnDataType,
  type QueryExecutorProvider,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
} from 'kysely';

export type Engine = 'sqlite' | 'postgres';

export interface IndexInfo {
  table: string;
  name: string;
  columns: string[];
  isPrimary: boolean;
}

export interface Dialect {
  engine: Engine;
  /** Column type for an instant: timestamptz on PostgreSQL, ISO-8601 text on SQLite. */
  timestamp: ColumnDataType;
  /** Lock the selected rows until the transaction ends (SQLite already serialises writers). */
  forUpdate<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
  /** Make a table refuse UPDATE and DELETE, whoever asks. */
  makeAppendOnly(db: QueryExecutorProvider, table: string): Promise<void>;
  isUniqueViolation(error: unknown): boolean;
  /** Every index and primary key of the application's tables, columns in key order. */
  listIndexes(db: QueryExecutorProvider): Promise<IndexInfo[]>;
  /**
   * Full-text search (Italian). A full-text table holds one document per
   * entity: a title (weighted more) and a body. Callers store text already
   * normalised (lower case, accents removed: the same on both engines) and
   * pass query terms normalised the same way.
   */
  createFullTextTable(db: QueryExecutorProvider, table: string): Promise<void>;
  /** Store an entity's document; `replace` removes the previous one first (not needed for a new entity). */
  writeFullText(
    db: QueryExecutorProvider,
    table: string,
    doc: FullTextDocument,
    replace: boolean,
  ): Promise<void>;
  /** A derived table (entity_id, rank) of the tenant's entities matching every term as a word prefix; lower rank is better. */
  fullTextMatches(table: string, tenantId: string, terms: readonly string[]): RawBuilder<FullTextMatch>;
}

export interface FullTextDocument {
  tenantId: string;
  entityId: string;
  title: string;
  body: string;
}

export interface FullTextMatch {
  entity_id: string;
  rank: number;
}

/** Terms reach the engines only as [a-z0-9]+ (see the callers' normaliser); anything else is dropped here too. */
const safeTerms = (terms: readonly string[]) =>
  terms.map((term) => term.replace(/[^a-z0-9]/g, '')).filter((term) => term !== '');

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  timestamp: 'text',
  forUpdate: (query) => query,
  async makeAppendOnly(db, table) {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} ` +
            `BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`,
        )
        .execute(db);
    }
  },
  isUniqueViolation: (error) =>
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'),
  async listIndexes(db) {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
    const result: IndexInfo[] = [];
    for (const { name: table } of tables.rows) {
      const list = await sql<{ name: string; origin: string }>`
        select name, origin from pragma_index_list(${table})`.execute(db);
      for (const index of list.rows) {
        const cols = await sql<{ name: string }>`
          select name from pragma_index_info(${index.name}) order by seqno`.execute(db);
        result.push({
          table,
          name: index.name,
          columns: cols.rows.map((c) => c.name),
          isPrimary: index.origin === 'pk',
        });
      }
      // A rowid table with a single-column INTEGER PRIMARY KEY has no index entry: read it from table_info.
      const pk = await sql<{ name: string; pk: number }>`
        select name, pk from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db);
      if (pk.rows.length > 0 && !list.rows.some((index) => index.origin === 'pk')) {
        result.push({ table, name: `${table}_pk`, columns: pk.rows.map((c) => c.name), isPrimary: true });
      }
    }
    return result;
  },
  async createFullTextTable(db, table) {
    await sql
      .raw(
        `CREATE VIRTUAL TABLE ${table} USING fts5(tenant_id UNINDEXED, entity_id UNINDEXED, title, body, ` +
          `tokenize = 'unicode61 remove_diacritics 2')`,
      )
      .execute(db);
  },
  async writeFullText(db, table, doc, replace) {
    if (replace)
      await sql`delete from ${sql.table(table)} where tenant_id = ${doc.tenantId} and entity_id = ${doc.entityId}`.execute(
        db,
      );
    await sql`insert into ${sql.table(table)} (tenant_id, entity_id, title, body)
      values (${doc.tenantId}, ${doc.entityId}, ${doc.title}, ${doc.body})`.execute(db);
  },
  fullTextMatches(table, tenantId, terms) {
    const match = safeTerms(terms)
      .map((term) => `"${term}"*`)
      .join(' ');
    return sql<FullTextMatch>`(select entity_id, bm25(${sql.table(table)}, 0, 0, 10, 1) as rank
      from ${sql.table(table)} where ${sql.table(table)} match ${match} and tenant_id = ${tenantId})`;
  },
};

export const postgresDialect: Dialect = {
  engine: 'postgres',
  timestamp: 'timestamptz',
  forUpdate: (query) => query.forUpdate(),
  async makeAppendOnly(db, table) {
    await sql
      .raw(
        `CREATE OR REPLACE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
          `BEGIN RAISE EXCEPTION '${table} is append-only'; END $$`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} ` +
          `FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`,
      )
      .execute(db);
  },
  isUniqueViolation: (error) =>
    typeof error === 'object' && error !== null && 'code' in error && error.code === '23505',
  async listIndexes(db) {
    const rows = await sql<{ table: string; name: string; columns: string[] | string; is_primary: boolean }>`
      select t.relname as table, i.relname as name, ix.indisprimary as is_primary,
             array(select a.attname from unnest(ix.indkey) with ordinality k(attnum, ord)
                   join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
                   order by k.ord) as columns
      from pg_index ix
      join pg_class t on t.oid = ix.indrelid
      join pg_class i on i.oid = ix.indexrelid
      join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = current_schema()`.execute(db);
    return rows.rows.map((row) => ({
      table: row.table,
      name: row.name,
      isPrimary: row.is_primary,
      columns: Array.isArray(row.columns) ? row.columns : row.columns.replace(/[{}]/g, '').split(','),
    }));
  },
  async createFullTextTable(db, table) {
    await sql
      .raw(
        `CREATE TABLE ${table} (tenant_id text NOT NULL, entity_id text NOT NULL, title text NOT NULL, ` +
          `body text NOT NULL, vector tsvector GENERATED ALWAYS AS (` +
          `setweight(to_tsvector('italian', title), 'A') || setweight(to_tsvector('italian', body), 'B')) STORED, ` +
          `CONSTRAINT ${table}_pk PRIMARY KEY (tenant_id, entity_id))`,
      )
      .execute(db);
    // GIN cannot lead with tenant_id without the btree_gin extension, which not every server has.
    await sql.raw(`CREATE INDEX ${table}_vector_idx ON ${table} USING gin (vector)`).execute(db);
  },
  async writeFullText(db, table, doc) {
    await sql`insert into ${sql.table(table)} (tenant_id, entity_id, title, body)
      values (${doc.tenantId}, ${doc.entityId}, ${doc.title}, ${doc.body})
      on conflict (tenant_id, entity_id) do update set title = excluded.title, body = excluded.body`.execute(
      db,
    );
  },
  fullTextMatches(table, tenantId, terms) {
    const query = safeTerms(terms)
      .map((term) => `${term}:*`)
      .join(' & ');
    return sql<FullTextMatch>`(select entity_id, -ts_rank(vector, q) as rank
      from ${sql.table(table)}, to_tsquery('italian', ${query}) as q
      where tenant_id = ${tenantId} and vector @@ q)`;
  },
};
