/**
 * A person's details as the desk takes them down: names, codice fiscale
 * (checked when the field is left), birth date and place, sex, phone,
 * municipality of residence, citizenship group.
 */
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CitizenshipGroup, ConsentMethod, Sex } from '../../../../shared/contacts';
import { CITIZENSHIP_GROUPS, SEXES } from '../../../../shared/contacts';
import type { MunicipalityView } from '../../../../shared/schemas/accounts';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';

export interface PersonFormValues {
  givenName: string;
  familyName: string;
  codiceFiscale: string;
  birthDate: string;
  sex: Sex;
  birthPlace: string;
  phone: string;
  email: string;
  municipalityId: string | null;
  citizenshipGroup: CitizenshipGroup;
  consents: {
    method: ConsentMethod;
    privacyNotice: boolean;
    recordData: boolean;
    shareWithServices: boolean;
    contactForFeedback: boolean;
  };
}

export interface PersonFieldsProps {
  // biome-ignore lint/suspicious/noExplicitAny: the form's output type does not matter to its fields
  form: UseFormReturn<PersonFormValues, unknown, any>;
  municipalities: MunicipalityView[];
  /** Why the codice fiscale is not valid, as the server decoded it. */
  cfProblem: string | null;
  onCodiceFiscaleBlur: (value: string) => void;
}

export function PersonFields({ form, municipalities, cfProblem, onCodiceFiscaleBlur }: PersonFieldsProps) {
  const { t } = useTranslation();
  const { register } = form;
  const errors = form.formState.errors;
  const codiceFiscale = register('codiceFiscale');
  return (
    <div className="row g-2">
      <TextField
        className="col-12 col-md-6"
        label={t('contactForm.familyName')}
        required
        autoComplete="off"
        registration={register('familyName')}
        error={errors.familyName}
      />
      <TextField
        className="col-12 col-md-6"
        label={t('contactForm.givenName')}
        required
        autoComplete="off"
        registration={register('givenName')}
        error={errors.givenName}
      />
      <TextField
        className="col-12 col-md-6"
        label={t('contactForm.codiceFiscale')}
        hint={t('contactForm.codiceFiscaleHint')}
        autoComplete="off"
        spellCheck={false}
        registration={{
          ...codiceFiscale,
          onBlur: async (event) => {
            await codiceFiscale.onBlur(event);
            onCodiceFiscaleBlur(event.target.value);
          },
        }}
        error={errors.codiceFiscale ?? (cfProblem ? { message: cfProblem } : undefined)}
      />
      <TextField
        className="col-6 col-md-3"
        type="date"
        label={t('contactForm.birthDate')}
        registration={register('birthDate')}
        error={errors.birthDate}
      />
      <SelectField
        className="col-6 col-md-3"
        label={t('contactForm.sex')}
        registration={register('sex')}
        error={errors.sex}
      >
        {SEXES.map((sex) => (
          <option key={sex} value={sex}>
            {t(`contactForm.sexes.${sex}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        className="col-12 col-md-6"
        label={t('contactForm.birthPlace')}
        autoComplete="off"
        registration={register('birthPlace')}
        error={errors.birthPlace}
      />
      <TextField
        className="col-12 col-md-6"
        type="tel"
        label={t('contactForm.phone')}
        autoComplete="off"
        registration={register('phone')}
        error={errors.phone}
      />
      <SelectField
        className="col-12 col-md-6"
        label={t('contactForm.municipality')}
        registration={register('municipalityId', { setValueAs: (value: string) => value || null })}
        error={errors.municipalityId}
      >
        <option value="">{t('contactForm.unknown')}</option>
        {municipalities.map((municipality) => (
          <option key={municipality.id} value={municipality.id}>
            {municipality.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        className="col-12 col-md-6"
        label={t('contactForm.citizenship')}
        registration={register('citizenshipGroup')}
        error={errors.citizenshipGroup}
      >
        {CITIZENSHIP_GROUPS.map((group) => (
          <option key={group} value={group}>
            {t(`contactForm.citizenshipGroups.${group}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
