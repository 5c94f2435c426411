/**
 * A fieldset of checkboxes sharing one react-hook-form field (an array of the
 * checked values), with a legend as its name and the error described.
 */
import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { type MaybeFieldError, useFieldMessage } from './fieldMessage';

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
  const id = useId();
  const message = useFieldMessage(error);
  const errorId = message ? `${id}-error` : undefined;
  return (
    <fieldset className="mb-4" aria-describedby={errorId}>
      <legend className="form-legend">{legend}</legend>
      {options.map((option, index) => (
        <div key={option.value} className="form-check">
          <input
            id={`${id}-${index}`}
            type="checkbox"
            value={option.value}
            aria-invalid={message ? true : undefined}
            {...registration}
          />
          <label htmlFor={`${id}-${index}`}>{option.label}</label>
        </div>
      ))}
      {message && (
        <div id={errorId} className="invalid-feedback d-block">
          {message}
        </div>
      )}
    </fieldset>
  );
}
