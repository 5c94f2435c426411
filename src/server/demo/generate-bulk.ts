/**
 * Fast inserts for the synthetic-data generator only: rows are buffered per
 * table as flat value arrays and written in foreign-key order, one
 * transaction per flush. SQLite takes multi-row INSERTs of at most MAX_PARAMS
 * parameters (under its 32,766); PostgreSQL takes one INSERT … SELECT FROM
 * unnest() per table, one array parameter per column, which it parses and
 * plans once whatever the number of rows. Never used by the app's write
 * paths: it skips every service rule, audit and rollup mark.
 */
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Engine } from '../db/dialect';
import type { DB } from '../db/tables';

const MAX_PARAMS = 32_000;

/** The generated tables, in the order a flush writes them (parents before children). */
export const BULK_COLUMNS = {
  people: [
    'tenant_id',
    'id',
    'given_name',
    'family_name',
    'name_key',
    'birth_date',
    'sex',
    'municipality_id',
    'citizenship_group',
    'source',
    'created_by',
    'created_at',
    'updated_at',
  ],
  rollup_person_numbers: ['tenant_id', 'person_id', 'number'],
  care_relations: [
    'tenant_id',
    'id',
    'person_id',
    'organisation_id',
    'service_name',
    'case_worker_name',
    'start_date',
    'source',
    'created_at',
    'updated_at',
  ],
  openings: [
    'tenant_id',
    'id',
    'desk_id',
    'kind',
    'date',
    'scheduled_start',
    'scheduled_end',
    'actual_start',
    'actual_end',
    'last_standard',
    'last_priority',
    'closed_at',
    'created_at',
    'updated_at',
  ],
  presences: [
    'tenant_id',
    'id',
    'desk_id',
    'opening_id',
    'user_id',
    'organisation_id',
    'counter',
    'checked_in_at',
    'checked_out_at',
    'checkout_reason',
  ],
  contacts: [
    'tenant_id',
    'id',
    'desk_id',
    'opening_id',
    'date',
    'channel',
    'visitor_type',
    'person_id',
    'age_band',
    'sex',
    'municipality_id',
    'citizenship_group',
    'heard_from',
    'language',
    'interpreter',
    'is_joint',
    'started_at',
    'ended_at',
    'created_by',
    'created_at',
    'updated_at',
  ],
  tickets: [
    'tenant_id',
    'id',
    'desk_id',
    'opening_id',
    'series',
    'number',
    'code',
    'priority_reason',
    'status',
    'channel',
    'issued_at',
    'first_called_at',
    'called_at',
    'serving_at',
    'closed_at',
    'recalls',
    'counter',
    'operator_id',
    'contact_id',
  ],
  contact_requests: [
    'tenant_id',
    'id',
    'contact_id',
    'position',
    'area_code',
    'category_code',
    'outcome_code',
    'service_name',
    'care_relation_id',
    'created_at',
  ],
  contact_operators: ['tenant_id', 'contact_id', 'user_id', 'organisation_id'],
  referrals: [
    'tenant_id',
    'id',
    'contact_id',
    'request_id',
    'person_id',
    'service_id',
    'organisation_id',
    'desk_id',
    'sender_organisation_id',
    'area_code',
    'category_code',
    'reason',
    'urgency',
    'share_basis',
    'status',
    'status_reason',
    'ack_due_by',
    'overdue_from',
    'sent_at',
    'acknowledged_at',
    'accepted_at',
    'created_by',
    'created_at',
    'updated_at',
  ],
  referral_events: [
    'tenant_id',
    'referral_id',
    'seq',
    'from_status',
    'to_status',
    'actor_id',
    'organisation_id',
    'at',
    'note',
  ],
  bounces: [
    'tenant_id',
    'id',
    'person_id',
    'area_code',
    'kind',
    'referral_id',
    'previous_referral_id',
    'contact_id',
    'desk_id',
    'detected_at',
  ],
  feedback: ['tenant_id', 'id', 'desk_id', 'date', 'ticket_id', 'channel', 'score', 'comment', 'created_at'],
  rollup_dirty: ['tenant_id', 'desk_id', 'date', 'marked_at'],
} as const satisfies Partial<Record<keyof DB, readonly string[]>>;

export type BulkTable = keyof typeof BULK_COLUMNS;
type Value = string | number | null;

/** How an engine writes a buffer of rows: a statement and its parameters per chunk. */
type Chunker = (table: BulkTable, buffer: readonly Value[]) => Generator<{ text: string; params: unknown[] }>;

/** SQLite: multi-row VALUES lists of at most MAX_PARAMS parameters. */
function valuesChunker(): Chunker {
  const statements = new Map<string, string>();
  const statement = (table: BulkTable, rows: number) => {
    const key = `${table}:${rows}`;
    const cached = statements.get(key);
    if (cached) return cached;
    const columns = BULK_COLUMNS[table];
    const tuple = `(${columns.map(() => '?').join(',')})`;
    const text = `insert into ${table} (${columns.join(',')}) values ${Array(rows).fill(tuple).join(',')}`;
    statements.set(key, text);
    return text;
  };
  return function* (table, buffer) {
    const width = BULK_COLUMNS[table].length;
    const perChunk = Math.floor(MAX_PARAMS / width);
    const rows = buffer.length / width;
    for (let from = 0; from < rows; from += perChunk) {
      const count = Math.min(perChunk, rows - from);
      yield { text: statement(table, count), params: buffer.slice(from * width, (from + count) * width) };
    }
  };
}

/** PostgreSQL: one INSERT … SELECT FROM unnest($1::type[], …) with a column array each. */
function unnestChunker(types: ReadonlyMap<string, string>): Chunker {
  return function* (table, buffer) {
    const columns = BULK_COLUMNS[table];
    const width = columns.length;
    const arrays = columns.map((): Value[] => []);
    for (let i = 0; i < buffer.length; i++) arrays[i % width]!.push(buffer[i]!);
    const casts = columns.map((c, i) => `$${i + 1}::${types.get(`${table}.${c}`)}[]`);
    yield {
      text: `insert into ${table} (${columns.join(',')}) select * from unnest(${casts.join(',')})`,
      params: arrays,
    };
  };
}

export class BulkWriter {
  private readonly buffers = new Map<BulkTable, Value[]>();
  /** Rows written so far, by table. */
  readonly written = new Map<BulkTable, number>();

  private constructor(
    private readonly db: Kysely<DB>,
    private readonly engine: Engine,
    private readonly chunks: Chunker,
  ) {
    for (const table of Object.keys(BULK_COLUMNS) as BulkTable[]) {
      this.buffers.set(table, []);
      this.written.set(table, 0);
    }
  }

  /** A writer on `db` in the way its engine loads fastest. */
  static async for(db: Kysely<DB>, engine: Engine): Promise<BulkWriter> {
    if (engine === 'sqlite') return new BulkWriter(db, engine, valuesChunker());
    const columns = await sql<{ table_name: string; column_name: string; udt_name: string }>`
      select table_name, column_name, udt_name from information_schema.columns
      where table_schema = current_schema() and table_name in (${sql.join(Object.keys(BULK_COLUMNS))})`.execute(
      db,
    );
    const types = new Map(columns.rows.map((c) => [`${c.table_name}.${c.column_name}`, c.udt_name]));
    return new BulkWriter(db, engine, unnestChunker(types));
  }

  /** Buffer one row: values in BULK_COLUMNS[table] order. */
  add(table: BulkTable, ...values: Value[]): void {
    const buffer = this.buffers.get(table)!;
    for (const value of values) buffer.push(value);
  }

  /** Rows waiting in `table`'s buffer. */
  pending(table: BulkTable): number {
    return this.buffers.get(table)!.length / BULK_COLUMNS[table].length;
  }

  /**
   * Start writing everything buffered (parents first, in one transaction)
   * once the previous write is done, and go on buffering meanwhile: the
   * database writes one batch while the caller makes the next. Resolves when
   * the previous write is done, so at most two batches are held; a failed
   * write rejects the next call.
   */
  async queue(): Promise<void> {
    const batch = new Map<BulkTable, Value[]>();
    for (const [table, buffer] of this.buffers) {
      batch.set(table, buffer);
      this.buffers.set(table, []);
    }
    const previous = this.writing;
    this.writing = previous.then(() => this.write(batch));
    // Handled here so a failure waits for the next call instead of ending the process.
    this.writing.catch(() => undefined);
    await previous;
  }

  /** Write everything buffered and wait until every write is done. */
  async flush(): Promise<void> {
    await this.queue();
    await this.writing;
  }

  private writing: Promise<void> = Promise.resolve();
  private analysed = false;

  /**
   * Refresh PostgreSQL's statistics of the tables written (its advice after a
   * bulk load): without them a foreign-key check planned while the tables were
   * nearly empty can scan a whole index per row as they grow. SQLite plans
   * these lookups by primary key without statistics.
   */
  async analyse(): Promise<void> {
    if (this.engine !== 'postgres') return;
    await sql`analyze ${sql.join(Object.keys(BULK_COLUMNS).map((t) => sql.table(t)))}`.execute(this.db);
  }

  private async write(batch: ReadonlyMap<BulkTable, Value[]>): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const [table, buffer] of batch) {
        if (buffer.length === 0) continue;
        for (const { text, params } of this.chunks(table, buffer))
          await trx.executeQuery(CompiledQuery.raw(text, params));
      }
    });
    for (const [table, buffer] of batch)
      this.written.set(table, this.written.get(table)! + buffer.length / BULK_COLUMNS[table].length);
    if (!this.analysed) {
      this.analysed = true;
      await this.analyse();
    }
  }
}
