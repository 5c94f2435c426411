/**
 * Fast inserts for the synthetic-data generator only: rows are buffered per
 * table as flat value arrays and written as multi-row INSERTs of at most
 * MAX_PARAMS parameters (under SQLite's 32,766 and PostgreSQL's 65,535), in
 * foreign-key order, one transaction per flush. Never used by the app's
 * write paths: it skips every service rule, audit and rollup mark.
 */
import { CompiledQuery, type Kysely, sql } from 'kysely';
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

export class BulkWriter {
  private readonly buffers = new Map<BulkTable, Value[]>();
  private readonly statements = new Map<string, string>();
  /** Rows written so far, by table. */
  readonly written = new Map<BulkTable, number>();

  private constructor(
    private readonly db: Kysely<DB>,
    private readonly placeholder: (n: number) => string,
  ) {
    for (const table of Object.keys(BULK_COLUMNS) as BulkTable[]) {
      this.buffers.set(table, []);
      this.written.set(table, 0);
    }
  }

  /** A writer on `db`; it asks Kysely's compiler how this engine writes parameters ("?" or "$1"). */
  static for(db: Kysely<DB>): BulkWriter {
    const numbered = sql`select ${1}`.compile(db).sql.includes('$1');
    return new BulkWriter(db, numbered ? (n) => `$${n}` : () => '?');
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

  /** Write everything buffered, parents first, in one transaction. */
  async flush(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const table of Object.keys(BULK_COLUMNS) as BulkTable[]) await this.writeTable(trx, table);
    });
  }

  private async writeTable(trx: Kysely<DB>, table: BulkTable): Promise<void> {
    const buffer = this.buffers.get(table)!;
    const width = BULK_COLUMNS[table].length;
    const perChunk = Math.floor(MAX_PARAMS / width);
    const rows = buffer.length / width;
    for (let from = 0; from < rows; from += perChunk) {
      const count = Math.min(perChunk, rows - from);
      const params = buffer.slice(from * width, (from + count) * width);
      await trx.executeQuery(CompiledQuery.raw(this.statement(table, count), params));
    }
    this.written.set(table, this.written.get(table)! + rows);
    buffer.length = 0;
  }

  private statement(table: BulkTable, rows: number): string {
    const key = `${table}:${rows}`;
    const cached = this.statements.get(key);
    if (cached) return cached;
    const columns = BULK_COLUMNS[table];
    const tuples: string[] = [];
    let n = 0;
    for (let r = 0; r < rows; r++) tuples.push(`(${columns.map(() => this.placeholder(++n)).join(',')})`);
    const text = `insert into ${table} (${columns.join(',')}) values ${tuples.join(',')}`;
    this.statements.set(key, text);
    return text;
  }
}
