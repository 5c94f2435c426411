/** The "already in care" registry: care relations by hand or imported from the consortium's CSV. */
import type { z } from 'zod';
import type {
  CareImportInput,
  CareImportResult,
  CareRelationInput,
  CareRelationList,
  CareRelationUpdate,
  CareRelationView,
} from '../../../shared/schemas/people';
import { api } from '../../api/client';

export const CARE_QUERY = ['care-relations'] as const;

export interface CareFilters {
  personId?: string;
  activeOnly?: boolean;
  limit?: number;
}

export const listCareRelations = (filters: CareFilters = {}) =>
  api.get<z.infer<typeof CareRelationList>>('/api/care-relations', {
    personId: filters.personId,
    activeOnly: filters.activeOnly ? 'true' : undefined,
    limit: filters.limit ?? 500,
  });
export const createCareRelation = (input: CareRelationInput) =>
  api.post<CareRelationView>('/api/care-relations', input);
export const updateCareRelation = (id: string, input: CareRelationUpdate) =>
  api.put<CareRelationView>(`/api/care-relations/${id}`, input);
export const importCareRelations = (input: CareImportInput) =>
  api.post<CareImportResult>('/api/care-relations/import', input);
