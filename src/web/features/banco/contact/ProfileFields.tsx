/**
 * What an anonymous contact keeps of the person: age band, sex, municipality
 * of residence (the desk's own by default) and citizenship group. Each
 * "not known" unless said.
 */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, CITIZENSHIP_GROUPS, SEXES } from '../../../../shared/contacts';
import type { MunicipalityView } from '../../../../shared/schemas/accounts';
import { SelectField } from '../../../components/form/SelectField';
import type { ContactFormValues } from './contactForm';

export interface ProfileFieldsProps {
  register: UseFormRegister<ContactFormValues>;
  errors: FieldErrors<ContactFormValues>['profile'];
  municipalities: MunicipalityView[];
}

export function ProfileFields({ register, errors, municipalities }: ProfileFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="row g-2 profile-fields">
      <legend className="chip-group-legend">{t('contactForm.profileLegend')}</legend>
      <SelectField
        className="col-6 col-xxl-3"
        label={t('contactForm.ageBand')}
        registration={register('profile.ageBand')}
        error={errors?.ageBand}
      >
        {AGE_BANDS.map((band) => (
          <option key={band} value={band}>
            {band === 'unknown' ? t('contactForm.unknown') : band}
          </option>
        ))}
      </SelectField>
      <SelectField
        className="col-6 col-xxl-3"
        label={t('contactForm.sex')}
        registration={register('profile.sex')}
        error={errors?.sex}
      >
        {SEXES.map((sex) => (
          <option key={sex} value={sex}>
            {t(`contactForm.sexes.${sex}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        className="col-6 col-xxl-3"
        label={t('contactForm.municipality')}
        registration={register('profile.municipalityId', { setValueAs: (value: string) => value || null })}
        error={errors?.municipalityId}
      >
        <option value="">{t('contactForm.unknown')}</option>
        {municipalities.map((municipality) => (
          <option key={municipality.id} value={municipality.id}>
            {municipality.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        className="col-6 col-xxl-3"
        label={t('contactForm.citizenship')}
        registration={register('profile.citizenshipGroup')}
        error={errors?.citizenshipGroup}
      >
        {CITIZENSHIP_GROUPS.map((group) => (
          <option key={group} value={group}>
            {t(`contactForm.citizenshipGroups.${group}`)}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
