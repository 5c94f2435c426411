/**
 * Who took part: the operators checked in now, all ticked to begin with. When
 * operators of two organisations are ticked the contact is a joint one, and
 * the form says so in words (the organisation colour only repeats it).
 */
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OperatorRef } from '../../../../shared/schemas/contacts';
import { FieldFeedback, useFieldIds } from '../../../components/form/FieldFrame';
import type { ContactFormValues, ContactOutput } from './contactForm';

/** The organisations of the ticked operators: two or more make a joint contact. */
export function organisationsOf(operators: OperatorRef[], ids: string[]): string[] {
  return [
    ...new Set(operators.filter((operator) => ids.includes(operator.userId)).map((o) => o.organisationName)),
  ];
}

export interface OperatorsFieldProps {
  form: UseFormReturn<ContactFormValues, unknown, ContactOutput>;
  operators: OperatorRef[];
}

export function OperatorsField({ form, operators }: OperatorsFieldProps) {
  const { t } = useTranslation();
  const ids = useFieldIds(form.formState.errors.operatorIds);
  return (
    <Controller
      control={form.control}
      name="operatorIds"
      render={({ field }) => (
        <fieldset className="contact-section" aria-describedby={ids.errorId}>
          <legend className="h6 contact-section-title">{t('contactForm.operators')}</legend>
          <div className="d-flex flex-wrap gap-2">
            {operators.map((operator, index) => {
              const isTicked = field.value.includes(operator.userId);
              return (
                <div
                  key={operator.userId}
                  className={`form-check operator-check org-kind-${operator.organisationKind}`}
                >
                  <input
                    id={`${ids.control.id}-${index}`}
                    ref={index === 0 ? field.ref : undefined}
                    type="checkbox"
                    checked={isTicked}
                    aria-invalid={ids.control.isInvalid}
                    onChange={() =>
                      field.onChange(
                        isTicked
                          ? field.value.filter((id) => id !== operator.userId)
                          : [...field.value, operator.userId],
                      )
                    }
                  />
                  <label htmlFor={`${ids.control.id}-${index}`}>
                    <span className="org-swatch" aria-hidden="true" />
                    {operator.name} <span className="banco-ticket-meta">({operator.organisationName})</span>
                  </label>
                </div>
              );
            })}
          </div>
          <FieldFeedback ids={ids} />
        </fieldset>
      )}
    />
  );
}
