/** The service directory: search, one service, create and edit (versioned), HSDS JSON import and export. */
import type {
  DirectoryImportInput,
  DirectoryImportResult,
  ServiceInput,
  ServiceList,
  ServiceStatus,
  ServiceUpdate,
  ServiceView,
} from '../../../shared/schemas/directory';
import { api } from '../../api/client';

export const DIRECTORY_QUERY = ['directory'] as const;
export const serviceQuery = (id: string) => [...DIRECTORY_QUERY, 'one', id] as const;

export interface ServiceFilters {
  q?: string;
  status?: ServiceStatus;
  organisationId?: string;
  areaCode?: string;
  limit?: number;
}

export const searchServices = (filters: ServiceFilters) =>
  api.get<ServiceList>('/api/directory/services', { ...filters });
export const getService = (id: string) => api.get<ServiceView>(`/api/directory/services/${id}`);
export const createService = (input: ServiceInput) => api.post<ServiceView>('/api/directory/services', input);
export const updateService = (id: string, input: ServiceUpdate) =>
  api.put<ServiceView>(`/api/directory/services/${id}`, input);
export const exportDirectory = () => api.get<unknown[]>('/api/directory/export', { format: 'json' });
export const importDirectory = (input: DirectoryImportInput) =>
  api.post<DirectoryImportResult>('/api/directory/import', input);
