/** Sign out of every device: ends all my sessions, this one included, after a confirmation. */
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useSignOut } from '../../session/useSignOut';

export function SessionsSection() {
  const { t } = useTranslation();
  const [isConfirming, setConfirming] = useState(false);
  const signOutEverywhere = useSignOut('/api/auth/logout-everywhere');
  return (
    <section aria-labelledby="account-sessions" className="mb-5">
      <h2 id="account-sessions" className="h3">
        {t('account.sessions')}
      </h2>
      <p>{t('account.sessionsIntro')}</p>
      <Button type="button" color="danger" outline onClick={() => setConfirming(true)}>
        {t('account.signOutEverywhere')}
      </Button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('account.signOutEverywhere')}
        confirmLabel={t('account.signOutEverywhere')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => signOutEverywhere(t('account.signedOutEverywhere'))}
      >
        {t('account.signOutEverywhereConfirm')}
      </ConfirmDialog>
    </section>
  );
}
