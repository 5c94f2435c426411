/** A labelled Bootstrap Italia select wired to react-hook-form, with its error described. */
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, type MaybeFieldError, useFieldMessage } from './fieldMessage';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: MaybeFieldError;
  hint?: string;
  children: ReactNode;
}

export function SelectField({
  label,
  registration,
  error,
  hint,
  children,
  className,
  ...select
}: SelectFieldProps) {
  const id = useId();
  const message = useFieldMessage(error);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  return (
    <div className={`select-wrapper ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={message ? 'is-invalid' : undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        {...select}
        {...registration}
      >
        {children}
      </select>
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
