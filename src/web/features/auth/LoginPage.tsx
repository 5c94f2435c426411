/**
 * Sign in. Says why the person is here when the session ended on its own, and
 * shows the server's sentence for wrong credentials, a locked account or too
 * many attempts. After sign-in: where they were going, or home.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert } from 'design-react-kit';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Login } from '../../../shared/schemas/accounts';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { setSignInNotice } from '../../session/notice';
import { useReloadSession, useSession, useSignInNotice } from '../../session/session';
import { signIn } from './auth.api';

export default function LoginPage() {
  const { t } = useTranslation();
  const { user, view } = useSession();
  const notice = useSignInNotice();
  const navigate = useNavigate();
  const location = useLocation();
  const reloadSession = useReloadSession();
  const form = useForm({ resolver: zodResolver(Login), defaultValues: { username: '', password: '' } });
  const server = useServerErrors(form.setError);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (user) return <Navigate to={from} replace />;

  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    try {
      await signIn(input);
      setSignInNotice(null);
      await reloadSession();
      await navigate(from, { replace: true });
    } catch (error) {
      form.resetField('password');
      server.report(error);
    }
  });

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading title={t('login.title')} />
        {view.setupRequired && <Notice>{t('login.setupRequired')}</Notice>}
        {notice && !server.error && (
          <Alert color="warning" fade={false}>
            {notice}
          </Alert>
        )}
        <ErrorAlert error={server.error} />
        <form onSubmit={onSubmit} noValidate className="mt-4">
          <TextField
            label={t('login.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            registration={form.register('username')}
            error={form.formState.errors.username}
          />
          <TextField
            label={t('login.password')}
            type="password"
            autoComplete="current-password"
            required
            registration={form.register('password')}
            error={form.formState.errors.password}
          />
          <BusyButton isBusy={form.formState.isSubmitting}>{t('login.submit')}</BusyButton>
        </form>
      </div>
    </div>
  );
}
