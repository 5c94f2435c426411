/** The audit trail: filtered pages, newest first, and the hash-chain check. */
import type { AuditPage, AuditQuery, AuditVerifyResult } from '../../../shared/schemas/audit';
import { api } from '../../api/client';

export const AUDIT_QUERY = ['audit'] as const;
export const PAGE_SIZE = 50;

export type AuditFilters = Pick<AuditQuery, 'from' | 'to' | 'action' | 'entityType' | 'entityId'>;

export const listAuditEvents = (filters: AuditFilters, before?: number) =>
  api.get<AuditPage>('/api/audit/events', { ...filters, before, limit: PAGE_SIZE });
export const verifyAuditTrail = () => api.post<AuditVerifyResult>('/api/audit/verify');
