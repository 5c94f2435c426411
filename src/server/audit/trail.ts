/**
 * The audit trail: one hash-chained sequence of events per tenant. Each event
 * stores the hash of the previous one, so editing, deleting or reordering any
 * event breaks the chain at that point. Events name fields, never values.
 */
import { createHash } from 'node:crypto';
import type { AuditAction, AuditEntity } from '../../shared/audit';
import type { AuditVerifyResult } from '../../shared/schemas/audit';
import type { Ctx } from '../context';
import type { AuditEventsTable } from '../db/tables';
import * as repo from './audit.repo';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  /** What happened, from the list in src/shared/audit.ts (e.g. user.created, user.viewed). */
  action: AuditAction;
  entityType: AuditEntity;
  entityId?: string | null;
  changedFields?: readonly string[];
  /** Only when no user is signed in (setup, failed sign-in): whose trail it belongs to. */
  tenantId?: string;
  actorId?: string | null;
}

/**
 * Append one event to the tenant's chain. Must run inside the transaction of
 * the change it records, so the change and its trace commit or fail together.
 */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  if (!ctx.db.isTransaction) throw new Error('recordAudit must run inside the transaction it records');
  const tenantId = entry.tenantId ?? ctx.actor?.tenantId;
  if (!tenantId) throw new Error('recordAudit needs a tenant');
  const head = await repo.lockHead(ctx.db, ctx.dialect, tenantId);
  const unsigned: Omit<AuditEventsTable, 'hash'> = {
    tenant_id: tenantId,
    seq: (head?.seq ?? 0) + 1,
    at: ctx.now().toISOString(),
    actor_id: entry.actorId !== undefined ? entry.actorId : (ctx.actor?.userId ?? null),
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId ?? null,
    request_id: ctx.requestId,
    changed_fields: JSON.stringify([...(entry.changedFields ?? [])].sort()),
    prev_hash: head?.hash ?? GENESIS_HASH,
  };
  await repo.appendEvent(ctx.db, { ...unsigned, hash: hashEvent(unsigned) }, !head);
}

export function hashEvent(event: Omit<AuditEventsTable, 'hash'>): string {
  const canonical = JSON.stringify([
    event.tenant_id,
    event.seq,
    event.at,
    event.actor_id,
    event.action,
    event.entity_type,
    event.entity_id,
    event.request_id,
    event.changed_fields,
    event.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

const BATCH = 1000;

/** Walk a tenant's chain from the first event and report the first broken link. */
export async function verifyChain(ctx: Ctx, tenantId: string): Promise<AuditVerifyResult> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const batch = await repo.chainBatch(ctx.db, tenantId, expectedSeq - 1, BATCH);
    for (const row of batch) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return broken(checked, expectedSeq, 'missing_event');
      const { hash, ...unsigned } = row;
      if (row.prev_hash !== prevHash || hashEvent({ ...unsigned, seq }) !== hash) {
        return broken(checked, seq, 'hash_mismatch');
      }
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (batch.length < BATCH) break;
  }
  const head = await repo.readHead(ctx.db, tenantId);
  if ((head?.seq ?? 0) !== expectedSeq - 1 || (head?.hash ?? GENESIS_HASH) !== prevHash) {
    return broken(checked, expectedSeq, 'head_mismatch');
  }
  return { ok: true, checked, brokenAt: null, reason: null };
}

function broken(
  checked: number,
  at: number,
  reason: NonNullable<AuditVerifyResult['reason']>,
): AuditVerifyResult {
  return { ok: false, checked, brokenAt: at, reason };
}

export const listTenantsWithTrail = (ctx: Ctx) => repo.tenantsWithTrail(ctx.db);
