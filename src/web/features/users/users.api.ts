/** Staff users. Every read is audited by the server, so lists load on request, not on every keystroke. */
import type { TemporaryPassword, UserInput, UserUpdate, UserView } from '../../../shared/schemas/accounts';
import { api } from '../../api/client';

export const USERS_QUERY = ['users'] as const;

export interface UserListFilters {
  q: string;
  organisationId: string;
  includeInactive: boolean;
}

export const listUsers = (filters: UserListFilters) =>
  api.get<UserView[]>('/api/users', {
    q: filters.q.trim(),
    organisationId: filters.organisationId,
    includeInactive: filters.includeInactive ? 'true' : undefined,
  });
export const getUser = (id: string) => api.get<UserView>(`/api/users/${id}`);
export const createUser = (input: UserInput) => api.post<TemporaryPassword>('/api/users', input);
export const updateUser = (id: string, input: UserUpdate) => api.put<UserView>(`/api/users/${id}`, input);
export const setUserActive = (id: string, isActive: boolean) =>
  api.post<UserView>(`/api/users/${id}/${isActive ? 'reactivate' : 'deactivate'}`);
export const resetPassword = (id: string) => api.post<TemporaryPassword>(`/api/users/${id}/reset-password`);
