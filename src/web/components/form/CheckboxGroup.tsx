/**
 * A fieldset of checkboxes sharing one react-hook-form field (an array of the
 * checked values), with a legend as its name and the error described.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldFeedback, useFieldIds } from './FieldFrame';
import type { MaybeFieldError } from './fieldMessage';

export interface CheckboxOption {
  value: string;
  label: string;
}

export interface CheckboxGroupProps {
  legend: string;
  options: CheckboxOption[];
  registration: UseFormRegisterReturn;
  error?: MaybeFieldError;
}

export function CheckboxGroup({ legend, options, registration, error }: CheckboxGroupProps) {
  const ids = useFieldIds(error);
  const { id } = ids.control;
  return (
    <fieldset className="mb-4" aria-describedby={ids.errorId}>
      <legend className="form-legend">{legend}</legend>
      {options.map((option, index) => (
        <div key={option.value} className="form-check">
          <input
            id={`${id}-${index}`}
            type="checkbox"
            value={option.value}
            aria-invalid={ids.control.isInvalid}
            {...registration}
          />
          <label htmlFor={`${id}-${index}`}>{option.label}</label>
        </div>
      ))}
      <FieldFeedback ids={ids} />
    </fieldset>
  );
}
