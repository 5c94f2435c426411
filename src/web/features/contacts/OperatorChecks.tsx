/**
 * Which of the contact's operators took part: checkboxes kept as an array by
 * hand (a lone checkbox would otherwise read as a boolean).
 */
import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OperatorRef } from '../../../shared/schemas/contacts';
import { FieldFeedback, useFieldIds } from '../../components/form/FieldFrame';
import type { ContactEdit, ContactEditValues } from './contactForm';

export interface OperatorChecksProps {
  form: UseFormReturn<ContactEditValues, unknown, ContactEdit>;
  operators: OperatorRef[];
}

export function OperatorChecks({ form, operators }: OperatorChecksProps) {
  const { t } = useTranslation();
  const id = useId();
  const ids = useFieldIds(form.formState.errors.operatorIds);
  const chosen = form.watch('operatorIds') ?? [];
  const toggle = (userId: string, isChecked: boolean) => {
    const next = isChecked ? [...chosen, userId] : chosen.filter((other) => other !== userId);
    form.setValue('operatorIds', next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };
  return (
    <fieldset className="mt-4 mb-4" aria-describedby={ids.errorId}>
      <legend className="form-legend">{t('contacts.operators')}</legend>
      {operators.map((operator) => (
        <div key={operator.userId} className="form-check">
          <input
            id={`${id}-${operator.userId}`}
            type="checkbox"
            checked={chosen.includes(operator.userId)}
            aria-invalid={ids.control.isInvalid}
            onChange={(event) => toggle(operator.userId, event.target.checked)}
          />
          <label htmlFor={`${id}-${operator.userId}`}>
            {operator.name} ({operator.organisationName})
          </label>
        </div>
      ))}
      <FieldFeedback ids={ids} />
    </fieldset>
  );
}
