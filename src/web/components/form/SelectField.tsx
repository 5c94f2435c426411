/** A labelled Bootstrap Italia select wired to react-hook-form, with its error described. */
import type { ReactNode, SelectHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldFrame } from './FieldFrame';
import type { MaybeFieldError } from './fieldMessage';

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
  return (
    <FieldFrame className={`select-wrapper ${className ?? ''}`} label={label} hint={hint} error={error}>
      {(control) => (
        <select
          id={control.id}
          className={control.isInvalid ? 'is-invalid' : undefined}
          aria-invalid={control.isInvalid}
          aria-describedby={control.describedBy}
          {...select}
          {...registration}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
