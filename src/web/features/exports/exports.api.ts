/** Export jobs: ask for a file, follow its progress, download it. */
import type { ExportInput, ExportJob } from '../../../shared/schemas/indicators';
import { api } from '../../api/client';

export const EXPORTS_QUERY = ['exports'] as const;

export const listExports = async () => (await api.get<{ exports: ExportJob[] }>('/api/exports')).exports;
export const requestExport = (input: ExportInput) => api.post<ExportJob>('/api/exports', input);
export const fileUrl = (id: string) => `/api/exports/${id}/file`;
