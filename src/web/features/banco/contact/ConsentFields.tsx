/**
 * The consents taken when someone is identified: the privacy notice given and
 * the consent to record their data (both needed), sharing with the services
 * the desk sends them to, being contacted for feedback; and how they were
 * given.
 */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONSENT_METHODS } from '../../../../shared/contacts';
import { FieldFeedback, useFieldIds } from '../../../components/form/FieldFrame';
import { SelectField } from '../../../components/form/SelectField';
import type { PersonFormValues } from './PersonFields';

type ConsentFlag = 'privacyNotice' | 'recordData' | 'shareWithServices' | 'contactForFeedback';

export interface ConsentFieldsProps {
  register: UseFormRegister<PersonFormValues>;
  errors: FieldErrors<PersonFormValues>['consents'];
}

function ConsentCheckbox({
  flag,
  label,
  isRequired,
  register,
  error,
}: {
  flag: ConsentFlag;
  label: string;
  isRequired: boolean;
  register: UseFormRegister<PersonFormValues>;
  error?: { message?: string };
}) {
  const ids = useFieldIds(error);
  return (
    <div className="form-check mb-1">
      <input
        id={ids.control.id}
        type="checkbox"
        aria-invalid={ids.control.isInvalid}
        aria-describedby={ids.control.describedBy}
        aria-required={isRequired || undefined}
        data-testid={`consent-${flag}`}
        {...register(`consents.${flag}`)}
      />
      <label htmlFor={ids.control.id}>{label}</label>
      <FieldFeedback ids={ids} />
    </div>
  );
}

export function ConsentFields({ register, errors }: ConsentFieldsProps) {
  const { t } = useTranslation();
  const flags: [ConsentFlag, string, boolean][] = [
    ['privacyNotice', t('contactForm.consentPrivacyNotice'), true],
    ['recordData', t('contactForm.consentRecordData'), true],
    ['shareWithServices', t('contactForm.consentShare'), false],
    ['contactForFeedback', t('contactForm.consentFeedback'), false],
  ];
  return (
    <fieldset className="mt-2 mb-3">
      <legend className="chip-group-legend">{t('contactForm.consentsLegend')}</legend>
      {flags.map(([flag, label, isRequired]) => (
        <ConsentCheckbox
          key={flag}
          flag={flag}
          label={label}
          isRequired={isRequired}
          register={register}
          error={errors?.[flag]}
        />
      ))}
      <SelectField
        className="mt-3 col-12 col-md-6"
        label={t('contactForm.consentMethod')}
        registration={register('consents.method')}
        error={errors?.method}
      >
        {CONSENT_METHODS.map((method) => (
          <option key={method} value={method}>
            {t(`contactForm.consentMethods.${method}`)}
          </option>
        ))}
      </SelectField>
    </fieldset>
  );
}
