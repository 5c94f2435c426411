/** Reading the audit trail: privacy officers only, and every read is itself recorded. */
import { DateTime } from 'luxon';
import type { AuditEventView, AuditPage, AuditQuery, AuditVerifyResult } from '../../shared/schemas/audit';
import { requirePermission } from '../auth/policies';
import { type Ctx, inTransaction, TENANT_ZONE } from '../context';
import * as repo from './audit.repo';
import { recordAudit, verifyChain } from './trail';

/** A page of the trail, newest first; the read is audited with the filters used (names only). */
export async function listAuditEvents(ctx: Ctx, query: AuditQuery): Promise<AuditPage> {
  const actor = requirePermission(ctx, 'audit.read');
  return inTransaction(ctx, async (tx) => {
    const rows = await repo.findEvents(tx.db, actor.tenantId, {
      ...query,
      fromInstant: query.from ? startOfLocalDay(query.from) : undefined,
      toInstant: query.to ? startOfLocalDay(query.to, 1) : undefined,
    });
    await recordAudit(tx, {
      action: 'audit.read',
      entityType: 'audit_event',
      changedFields: Object.keys(query).filter((key) => query[key as keyof AuditQuery] !== undefined),
    });
    const events: AuditEventView[] = rows.map((row) => ({
      seq: Number(row.seq),
      at: row.at,
      actorId: row.actor_id,
      actorName: row.actor_name,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      requestId: row.request_id,
      changedFields: JSON.parse(row.changed_fields) as string[],
    }));
    const last = events.at(-1);
    return { events, nextBefore: events.length === query.limit && last ? last.seq : null };
  });
}

/** Verify the acting tenant's chain from the web app. */
export async function verifyAuditTrail(ctx: Ctx): Promise<AuditVerifyResult> {
  const actor = requirePermission(ctx, 'audit.read');
  return verifyChain(ctx, actor.tenantId);
}

function startOfLocalDay(date: string, plusDays = 0): string {
  const start = DateTime.fromISO(date, { zone: TENANT_ZONE }).startOf('day').plus({ days: plusDays });
  return start.toUTC().toISO() ?? `${date}T00:00:00.000Z`;
}
