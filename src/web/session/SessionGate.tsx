/**
 * Loads the session before anything else renders, and keeps it honest: the
 * API client reports new tokens and dead sessions here, a signed-in user's
 * saved language is applied, and an idle session is noticed without waiting
 * for the next click.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setApiListeners } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { i18n } from '../i18n';
import { setSignInNotice } from './notice';
import { SESSION_QUERY, useSessionQuery } from './session';
import { useIdleTimeout } from './useIdleTimeout';

export function SessionGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const session = useSessionQuery();
  const user = session.data?.user;

  useEffect(() => {
    setApiListeners({
      session: (view) => queryClient.setQueryData(SESSION_QUERY, view),
      unauthenticated: (message) => {
        setSignInNotice(message);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY[0] });
        void queryClient.invalidateQueries({ queryKey: SESSION_QUERY });
      },
    });
  }, [queryClient]);

  const userId = user?.id;
  const locale = user?.locale;
  useEffect(() => {
    if (userId && locale) void i18n.changeLanguage(locale);
  }, [userId, locale]);

  useIdleTimeout(session.data);

  if (session.isPending) return <Loading />;
  if (session.isError) {
    return (
      <main className="container my-5" id="main">
        <h1>{t('app.unavailableTitle')}</h1>
        <ErrorAlert error={session.error} />
        <Button color="primary" onClick={() => void session.refetch()}>
          {t('common.retry')}
        </Button>
      </main>
    );
  }
  return children;
}
