/**
 * Sign out of this browser: end the session on the server, forget every cached
 * reply (they may hold personal data), fetch the anonymous session for a new
 * CSRF token and go to the sign-in page.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { setSignInNotice } from './notice';
import { SESSION_QUERY, useReloadSession } from './session';

export function useSignOut(path = '/api/auth/logout') {
  const queryClient = useQueryClient();
  const reloadSession = useReloadSession();
  const navigate = useNavigate();
  return async (notice: string | null = null) => {
    await api.post(path).catch(() => undefined);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY[0] });
    await reloadSession();
    setSignInNotice(notice);
    await navigate('/login', { replace: true });
  };
}
