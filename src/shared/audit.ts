/**
 * Every kind of audit event, as data: the server may only record these, and
 * the trail reader shows each with its translated name (auditActions.* in the
 * catalogues; a test checks every one is translated).
 */
export const AUDIT_ACTIONS = [
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.sign_in_inactive',
  'auth.sign_in_locked',
  'auth.signed_out',
  'auth.signed_out_everywhere',
  'user.created',
  'user.updated',
  'user.listed',
  'user.viewed',
  'user.deactivated',
  'user.reactivated',
  'user.locked',
  'user.sessions_ended',
  'user.password_changed',
  'user.password_reset',
  'organisation.created',
  'organisation.updated',
  'organisation.deactivated',
  'organisation.reactivated',
  'municipality.created',
  'municipality.updated',
  'desk.created',
  'desk.updated',
  'desk.deactivated',
  'desk.reactivated',
  'tenant.created',
  'setup.completed',
  'audit.read',
  'presence.checked_in',
  'presence.checked_out',
  'opening.adjusted',
  'opening.extra_added',
  'opening.closed',
  'closure.added',
  'closure.removed',
  'device.created',
  'device.pairing_issued',
  'device.paired',
  'device.revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ENTITIES = [
  'tenant',
  'organisation',
  'municipality',
  'desk',
  'user',
  'audit_event',
  'presence',
  'opening',
  'closure',
  'device',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
