/** My account: profile, password, interface language, and signing out of every device. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useReloadSession, useSession } from '../../session/session';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { LanguageSection } from './LanguageSection';
import { ProfileSection } from './ProfileSection';
import { SessionsSection } from './SessionsSection';

export default function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const reloadSession = useReloadSession();
  const [isPasswordChanged, setPasswordChanged] = useState(false);
  if (!user) return null;
  return (
    <>
      <PageHeading title={t('account.title')} />
      <ProfileSection user={user} />
      <section aria-labelledby="account-password" className="mb-5">
        <h2 id="account-password" className="h3">
          {t('account.passwordTitle')}
        </h2>
        {isPasswordChanged && (
          <Notice color="success" live>
            {t('account.passwordChanged')}
          </Notice>
        )}
        <div className="col-12 col-lg-8 px-0">
          <ChangePasswordForm
            submitLabel={t('account.savePassword')}
            onChanged={async () => {
              setPasswordChanged(true);
              await reloadSession();
            }}
          />
        </div>
      </section>
      <LanguageSection />
      <SessionsSection />
    </>
  );
}
