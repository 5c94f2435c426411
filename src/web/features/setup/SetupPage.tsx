/**
 * First run: the page behind the one-time link the server prints. Checks the
 * link before showing the form, and says plainly when it cannot be used.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { SetupForm } from './SetupForm';
import { fetchSetupStatus, tokenFromHash } from './setup.api';

export default function SetupPage() {
  const { t } = useTranslation();
  // The link may be pasted into a tab already on /setup (only the fragment changes): follow it,
  // but keep the token when the fragment changes to something else (the skip link's #main).
  const { hash } = useLocation();
  const [token, setToken] = useState(() => tokenFromHash(hash));
  const linked = tokenFromHash(hash);
  if (linked && linked !== token) setToken(linked);
  const status = useQuery({
    queryKey: ['setup', token],
    queryFn: () => fetchSetupStatus(token),
    staleTime: Number.POSITIVE_INFINITY,
  });

  return (
    <>
      <PageHeading title={t('setup.title')} />
      {status.isPending && <Loading />}
      <ErrorAlert error={status.error} />
      {status.data && !status.data.setupRequired && (
        <Notice>
          {t('errors.setupDone')} <Link to="/login">{t('setup.goToSignIn')}</Link>
        </Notice>
      )}
      {status.data?.setupRequired && !status.data.tokenValid && (
        <Notice color="warning">
          <p className="mb-2">{t('errors.setupToken')}</p>
          <p className="mb-0">{t('setup.newLinkHint')}</p>
        </Notice>
      )}
      {status.data?.setupRequired && status.data.tokenValid && (
        <>
          <p className="lead">{t('setup.intro')}</p>
          <SetupForm token={token} />
        </>
      )}
    </>
  );
}
