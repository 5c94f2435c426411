/**
 * Change my password: the shared ChangePassword schema plus a confirmation
 * checked here. Common or guessable passwords are refused by the server, on
 * the new-password field.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChangePassword, PASSWORD_MIN_LENGTH } from '../../../shared/schemas/accounts';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { changePassword } from './auth.api';

const ChangePasswordInput = ChangePassword.safeExtend({ confirmPassword: z.string() }).refine(
  (value) => value.newPassword === value.confirmPassword,
  { error: 'validation.passwordsDiffer', path: ['confirmPassword'], when: () => true },
);

export function ChangePasswordForm({
  onChanged,
  submitLabel,
}: {
  onChanged: () => Promise<void> | void;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(ChangePasswordInput),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const server = useServerErrors(form.setError);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    server.clear();
    try {
      await changePassword({ currentPassword, newPassword });
      form.reset();
      await onChanged();
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorAlert error={server.error} />
      <TextField
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        registration={form.register('currentPassword')}
        error={errors.currentPassword}
      />
      <TextField
        label={t('account.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        hint={t('account.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        registration={form.register('newPassword')}
        error={errors.newPassword}
      />
      <TextField
        label={t('account.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        registration={form.register('confirmPassword')}
        error={errors.confirmPassword}
      />
      <BusyButton isBusy={form.formState.isSubmitting}>{submitLabel}</BusyButton>
    </form>
  );
}
