/** The audit trail as the privacy officer reads it. */
import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../audit';
import { Id, Instant } from './common';

export const AuditEventView = z.object({
  seq: z.int(),
  at: Instant,
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
  changedFields: z.array(z.string()),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

export const AuditQuery = z.object({
  from: z.iso.date({ error: 'validation.date' }).optional(),
  to: z.iso.date({ error: 'validation.date' }).optional(),
  actorId: Id.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  entityType: z.enum(AUDIT_ENTITIES).optional(),
  entityId: z.string().trim().max(80).optional(),
  /** Return events older than this sequence number (keyset paging, newest first). */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({
  events: z.array(AuditEventView),
  nextBefore: z.int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.int(),
  /** First sequence number whose link is broken (edited, deleted or reordered), when not ok. */
  brokenAt: z.int().nullable(),
  reason: z.enum(['hash_mismatch', 'missing_event', 'head_mismatch']).nullable(),
});
export type AuditVerifyResult = z.infer<typeof AuditVerifyResult>;
