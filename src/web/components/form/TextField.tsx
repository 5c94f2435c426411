/**
 * A labelled Bootstrap Italia text input wired to react-hook-form. The label
 * sits always above the field (no floating label to track), the error is
 * tied to the input with aria-describedby and aria-invalid.
 */
import type { InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldFrame } from './FieldFrame';
import type { MaybeFieldError } from './fieldMessage';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: MaybeFieldError;
  hint?: string;
  className?: string;
}

export function TextField({
  label,
  registration,
  error,
  hint,
  className,
  type = 'text',
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame
      className={`form-group ${className ?? ''}`}
      label={label}
      labelClassName="active"
      hint={hint}
      error={error}
    >
      {(control) => (
        <input
          id={control.id}
          type={type}
          className={`form-control${control.isInvalid ? ' is-invalid' : ''}`}
          aria-invalid={control.isInvalid}
          aria-describedby={control.describedBy}
          {...input}
          {...registration}
        />
      )}
    </FieldFrame>
  );
}
