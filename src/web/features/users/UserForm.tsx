/**
 * The fields of a staff user, shared by "new" (UserInput) and "edit"
 * (UserUpdate: no username, plus the version last seen).
 */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LANGUAGES, ROLES } from '../../../shared/roles';
import type { OrganisationView, UserInput } from '../../../shared/schemas/accounts';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { OrganisationOptions } from '../organisations/OrganisationOptions';

export type UserFormValues = z.input<typeof UserInput>;

export interface UserFieldsProps {
  register: UseFormRegister<UserFormValues>;
  errors: FieldErrors<UserFormValues>;
  organisations: OrganisationView[];
  isNew: boolean;
}

export function UserFields({ register, errors, organisations, isNew }: UserFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="row">
        <TextField
          className="col-12 col-md-6"
          label={t('users.fullName')}
          required
          registration={register('fullName')}
          error={errors.fullName}
        />
        {isNew && (
          <TextField
            className="col-12 col-md-6"
            label={t('users.username')}
            hint={t('users.usernameHint')}
            autoCapitalize="none"
            spellCheck={false}
            required
            registration={register('username')}
            error={errors.username}
          />
        )}
        <TextField
          className="col-12 col-md-6"
          label={t('users.emailOptional')}
          type="email"
          registration={register('email')}
          error={errors.email}
        />
        <SelectField
          className="col-12 col-md-6"
          label={t('users.organisation')}
          required
          registration={register('organisationId')}
          error={errors.organisationId && { message: 'users.organisationRequired' }}
        >
          <option value="">{t('common.choose')}</option>
          <OrganisationOptions organisations={organisations} />
        </SelectField>
        <SelectField className="col-12 col-md-6" label={t('users.locale')} registration={register('locale')}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`app.languages.${language}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxGroup
        legend={t('users.roles')}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        registration={register('roles')}
        error={errors.roles}
      />
    </>
  );
}
