/**
 * The signed-in person as the server sees them (GET /api/auth/session), read
 * through TanStack Query so every screen shares one copy. `useSession` is for
 * components under <SessionGate>, where the first load has finished.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { Permission } from '../../shared/permissions';
import type { SessionUser, SessionView } from '../../shared/schemas/accounts';
import { fetchSession } from '../api/client';
import { getSignInNotice, subscribeSignInNotice } from './notice';

export const SESSION_QUERY = ['session'] as const;

export const sessionQuery = queryOptions({
  queryKey: SESSION_QUERY,
  queryFn: fetchSession,
  staleTime: 60_000,
  retry: 1,
});

export function useSessionQuery() {
  return useQuery(sessionQuery);
}

export interface Session {
  view: SessionView;
  user: SessionUser | null;
  can: (permission: Permission) => boolean;
}

export function useSession(): Session {
  const { data } = useSessionQuery();
  if (!data) throw new Error('useSession outside <SessionGate>');
  return {
    view: data,
    user: data.user,
    can: (permission) => data.permissions.includes(permission),
  };
}

/** Fetch the session again and store it: after sign-in, sign-out, setup and password changes. */
export function useReloadSession(): () => Promise<SessionView> {
  const queryClient = useQueryClient();
  return async () => {
    const session = await fetchSession();
    queryClient.setQueryData(SESSION_QUERY, session);
    return session;
  };
}

export function useSignInNotice(): string | null {
  return useSyncExternalStore(subscribeSignInNotice, getSignInNotice);
}
