/** Queries on the audit trail. Only inserts and reads: the table is append-only. */
import type { Kysely } from 'kysely';
import type { AuditQuery } from '../../shared/schemas/audit';
import type { Dialect } from '../db/dialect';
import type { AuditEventsTable, DB } from '../db/tables';

export async function lockHead(db: Kysely<DB>, dialect: Dialect, tenantId: string) {
  return dialect
    .forUpdate(db.selectFrom('audit_heads').select(['seq', 'hash']).where('tenant_id', '=', tenantId))
    .executeTakeFirst();
}

export async function readHead(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('audit_heads')
    .select(['seq', 'hash'])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
}

export async function appendEvent(db: Kysely<DB>, event: AuditEventsTable, isFirst: boolean): Promise<void> {
  await db.insertInto('audit_events').values(event).execute();
  if (isFirst) {
    await db
      .insertInto('audit_heads')
      .values({ tenant_id: event.tenant_id, seq: event.seq, hash: event.hash })
      .execute();
  } else {
    await db
      .updateTable('audit_heads')
      .set({ seq: event.seq, hash: event.hash })
      .where('tenant_id', '=', event.tenant_id)
      .execute();
  }
}

/** A batch of the chain in order, for verification. */
export async function chainBatch(db: Kysely<DB>, tenantId: string, afterSeq: number, limit: number) {
  return db
    .selectFrom('audit_events')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export async function tenantsWithTrail(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('audit_heads').select('tenant_id').orderBy('tenant_id').execute();
  return rows.map((row) => row.tenant_id);
}

/** Newest first, filtered; actor names joined for the reader. */
export interface EventFilter extends Omit<AuditQuery, 'from' | 'to'> {
  fromInstant?: string | undefined;
  toInstant?: string | undefined;
}

export async function findEvents(db: Kysely<DB>, tenantId: string, query: EventFilter) {
  let q = db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.actor_id'),
    )
    .select([
      'e.seq',
      'e.at',
      'e.actor_id',
      'u.full_name as actor_name',
      'e.action',
      'e.entity_type',
      'e.entity_id',
      'e.request_id',
      'e.changed_fields',
    ])
    .where('e.tenant_id', '=', tenantId);
  if (query.before) q = q.where('e.seq', '<', query.before);
  if (query.actorId) q = q.where('e.actor_id', '=', query.actorId);
  if (query.action) q = q.where('e.action', '=', query.action);
  if (query.entityType) q = q.where('e.entity_type', '=', query.entityType);
  if (query.entityId) q = q.where('e.entity_id', '=', query.entityId);
  if (query.fromInstant) q = q.where('e.at', '>=', query.fromInstant);
  if (query.toInstant) q = q.where('e.at', '<', query.toInstant);
  return q.orderBy('e.seq', 'desc').limit(query.limit).execute();
}
