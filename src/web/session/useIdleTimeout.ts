/**
 * The server ends a session after `idleTimeoutMinutes` without requests. A
 * screen left open on a shared desk PC should not keep showing personal data
 * after that, so when the time is up the session is fetched again; if it is
 * gone, the guards send the person to the sign-in page with the reason.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { SessionView } from '../../shared/schemas/accounts';
import { setApiListeners } from '../api/client';
import { i18n } from '../i18n';
import { setSignInNotice } from './notice';
import { SESSION_QUERY, sessionQuery } from './session';

const GRACE_MS = 5_000;

export function useIdleTimeout(view: SessionView | undefined): void {
  const queryClient = useQueryClient();
  const isSignedIn = Boolean(view?.user);
  const idleMinutes = view?.idleTimeoutMinutes ?? 0;

  useEffect(() => {
    if (!isSignedIn || idleMinutes <= 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const fresh = await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 }).catch(() => null);
      if (fresh && !fresh.user) {
        setSignInNotice(i18n.t('errors.sessionExpired'));
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY[0] });
      }
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), idleMinutes * 60_000 + GRACE_MS);
    };
    arm();
    setApiListeners({ activity: arm });
    return () => {
      clearTimeout(timer);
      setApiListeners({ activity: () => {} });
    };
  }, [isSignedIn, idleMinutes, queryClient]);
}
