/** The audit trail for privacy officers: read with filters, verify the chain. */
import { AuditPage, AuditQuery, AuditVerifyResult } from '../../shared/schemas/audit';
import type { App } from '../http/types';
import { listAuditEvents, verifyAuditTrail } from './audit.service';

export async function auditRoutes(app: App) {
  const tags = ['audit'];
  app.get(
    '/api/audit/events',
    {
      schema: {
        tags,
        summary: 'Audit events, newest first (the read is itself audited)',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
      config: { permission: 'audit.read' },
    },
    (request) => listAuditEvents(request.ctx, request.query),
  );
  app.post(
    '/api/audit/verify',
    {
      schema: {
        tags,
        summary: 'Check the hash chain and report the first broken link',
        response: { 200: AuditVerifyResult },
      },
      config: { permission: 'audit.read' },
    },
    (request) => verifyAuditTrail(request.ctx),
  );
}
