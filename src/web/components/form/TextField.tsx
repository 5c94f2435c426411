/**
 * A labelled Bootstrap Italia text input wired to react-hook-form. The label
 * sits always above the field (no floating label to track), the error is
 * tied to the input with aria-describedby and aria-invalid.
 */
import type { InputHTMLAttributes } from 'react';
import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, type MaybeFieldError, useFieldMessage } from './fieldMessage';

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
  const id = useId();
  const message = useFieldMessage(error);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  return (
    <div className={`form-group ${className ?? ''}`}>
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        id={id}
        type={type}
        className={`form-control${message ? ' is-invalid' : ''}`}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        {...input}
        {...registration}
      />
      {hint && (
        <small id={hintId} className="form-text">
          {hint}
        </small>
      )}
      {message && (
        <div id={errorId} className="invalid-feedback d-block">
          {message}
        </div>
      )}
    </div>
  );
}
