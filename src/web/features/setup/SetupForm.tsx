/**
 * The setup form: the tenant (ambito), its organisations and the first
 * administrator, validated with the server's own SetupInput schema plus a
 * password confirmation. On success the administrator is already signed in.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { SetupInput } from '../../../shared/schemas/accounts';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { useReloadSession } from '../../session/session';
import { AdminFields } from './AdminFields';
import { OrganisationRows } from './OrganisationRows';
import { completeSetup } from './setup.api';

export const SetupFormInput = SetupInput.safeExtend({ passwordConfirm: z.string() }).refine(
  (value) => value.admin?.password === value.passwordConfirm,
  { error: 'validation.passwordsDiffer', path: ['passwordConfirm'], when: () => true },
);
export type SetupFormValues = z.input<typeof SetupFormInput>;

export function SetupForm({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const reloadSession = useReloadSession();
  const form = useForm<SetupFormValues, unknown, z.output<typeof SetupFormInput>>({
    resolver: zodResolver(SetupFormInput),
    defaultValues: {
      token,
      tenant: { name: '', code: '' },
      organisations: [
        { name: '', kind: 'comune' },
        { name: '', kind: 'consorzio' },
      ],
      admin: { fullName: '', username: '', email: '', password: '', organisationIndex: 0 },
      passwordConfirm: '',
    },
  });
  const server = useServerErrors(form.setError);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async ({ passwordConfirm: _, ...input }) => {
    server.clear();
    try {
      await completeSetup({
        ...input,
        admin: { ...input.admin, locale: i18n.language === 'en' ? 'en' : 'it' },
      });
      await reloadSession();
      await navigate('/', { replace: true, state: { flash: t('setup.done') } });
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate>
        <ErrorAlert error={server.error} />
        <h2 className="h3 mt-4">{t('setup.tenantHeading')}</h2>
        <p>{t('setup.tenantIntro')}</p>
        <div className="row">
          <TextField
            className="col-12 col-md-8"
            label={t('setup.tenantName')}
            required
            registration={form.register('tenant.name')}
            error={errors.tenant?.name}
          />
          <TextField
            className="col-12 col-md-4"
            label={t('setup.tenantCode')}
            hint={t('setup.tenantCodeHint')}
            autoCapitalize="none"
            spellCheck={false}
            required
            registration={form.register('tenant.code')}
            error={errors.tenant?.code}
          />
        </div>
        <OrganisationRows />
        <AdminFields />
        <BusyButton size="lg" isBusy={form.formState.isSubmitting}>
          {t('setup.submit')}
        </BusyButton>
      </form>
    </FormProvider>
  );
}
