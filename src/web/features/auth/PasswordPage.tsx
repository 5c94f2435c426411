/**
 * Choose a new password. Everyone signed in with a temporary password lands
 * here, whatever address they asked for, until they have chosen one.
 */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useReloadSession, useSession } from '../../session/session';
import { ChangePasswordForm } from './ChangePasswordForm';

export default function PasswordPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const reloadSession = useReloadSession();
  const navigate = useNavigate();
  const isForced = user?.mustChangePassword ?? false;

  const onChanged = async () => {
    await reloadSession();
    await navigate('/', { replace: true, state: { flash: t('account.passwordChanged') } });
  };

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <PageHeading title={isForced ? t('account.forcedTitle') : t('account.passwordTitle')} />
        {isForced && <Notice>{t('account.forcedIntro')}</Notice>}
        <ChangePasswordForm onChanged={onChanged} submitLabel={t('account.savePassword')} />
      </div>
    </div>
  );
}
