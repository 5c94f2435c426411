/** Desks and their staffing organisations and weekly hours. */
import type { DeskInput, DeskUpdate, DeskView } from '../../../shared/schemas/accounts';
import { api } from '../../api/client';

export const DESKS_QUERY = ['desks'] as const;

export const listDesks = () => api.get<DeskView[]>('/api/desks');
export const getDesk = (id: string) => api.get<DeskView>(`/api/desks/${id}`);
export const createDesk = (input: DeskInput) => api.post<DeskView>('/api/desks', input);
export const updateDesk = (id: string, input: DeskUpdate) => api.put<DeskView>(`/api/desks/${id}`, input);
export const setDeskActive = (id: string, isActive: boolean) =>
  api.post<DeskView>(`/api/desks/${id}/${isActive ? 'reactivate' : 'deactivate'}`);
