/** A labelled Bootstrap Italia textarea wired to react-hook-form, with its hint and error described. */
import type { TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldFrame } from './FieldFrame';
import type { MaybeFieldError } from './fieldMessage';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: MaybeFieldError;
  hint?: string;
}

export function TextAreaField({
  label,
  registration,
  error,
  hint,
  className,
  rows = 3,
  ...area
}: TextAreaFieldProps) {
  return (
    <FieldFrame
      className={`form-group ${className ?? ''}`}
      label={label}
      labelClassName="active"
      hint={hint}
      error={error}
    >
      {(control) => (
        <textarea
          id={control.id}
          rows={rows}
          className={`form-control${control.isInvalid ? ' is-invalid' : ''}`}
          aria-invalid={control.isInvalid}
          aria-describedby={control.describedBy}
          {...area}
          {...registration}
        />
      )}
    </FieldFrame>
  );
}
