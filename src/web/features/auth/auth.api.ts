/** Sign-in and the user's own password, as the server's auth routes define them. */
import type { ChangePassword, Login } from '../../../shared/schemas/accounts';
import { api } from '../../api/client';

export const signIn = (input: Login) => api.post<{ ok: true }>('/api/auth/login', input);
export const changePassword = (input: ChangePassword) =>
  api.post<{ ok: true }>('/api/account/password', input);
export const signOutEverywhere = () => api.post<{ ended: number }>('/api/auth/logout-everywhere');
