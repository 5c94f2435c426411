/** The first administrator: who they are, their password, and which organisation they work for. */
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/schemas/accounts';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import type { SetupFormValues } from './SetupForm';

export function AdminFields() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<SetupFormValues>();
  const organisations = useWatch({ control, name: 'organisations' }) ?? [];
  const errors = formState.errors;

  return (
    <section className="mt-5" aria-labelledby="setup-admin">
      <h2 className="h3" id="setup-admin">
        {t('setup.adminHeading')}
      </h2>
      <p>{t('setup.adminIntro')}</p>
      <div className="row">
        <TextField
          className="col-12 col-md-6"
          label={t('users.fullName')}
          autoComplete="name"
          required
          registration={register('admin.fullName')}
          error={errors.admin?.fullName}
        />
        <TextField
          className="col-12 col-md-6"
          label={t('users.username')}
          hint={t('users.usernameHint')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          registration={register('admin.username')}
          error={errors.admin?.username}
        />
        <TextField
          className="col-12 col-md-6"
          label={t('users.emailOptional')}
          type="email"
          autoComplete="email"
          registration={register('admin.email')}
          error={errors.admin?.email}
        />
        <SelectField
          className="col-12 col-md-6"
          label={t('setup.adminOrganisation')}
          registration={register('admin.organisationIndex', { setValueAs: Number })}
          error={errors.admin?.organisationIndex}
        >
          {organisations.map((organisation, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the option's value is its index
            <option key={index} value={index}>
              {organisation?.name?.trim() || t('setup.organisationNumber', { number: index + 1 })}
            </option>
          ))}
        </SelectField>
        <TextField
          className="col-12 col-md-6"
          label={t('login.password')}
          type="password"
          autoComplete="new-password"
          hint={t('account.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          required
          registration={register('admin.password')}
          error={errors.admin?.password}
        />
        <TextField
          className="col-12 col-md-6"
          label={t('account.confirmPassword')}
          type="password"
          autoComplete="new-password"
          required
          registration={register('passwordConfirm')}
          error={errors.passwordConfirm}
        />
      </div>
    </section>
  );
}
