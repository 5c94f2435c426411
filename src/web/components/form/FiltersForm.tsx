/**
 * The filters above a list: a form named for screen readers, its fields in
 * one row, applied only when submitted (each listing may be an audited read).
 */
import { Button } from 'design-react-kit';
import type { FormEventHandler, ReactNode } from 'react';

export interface FiltersFormProps {
  label: string;
  submitLabel: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Leave the checks to the form's schema (its errors are shown on the fields). */
  noValidate?: boolean;
  rowClassName?: string;
  children: ReactNode;
}

export function FiltersForm({
  label,
  submitLabel,
  onSubmit,
  noValidate,
  rowClassName,
  children,
}: FiltersFormProps) {
  return (
    <form aria-label={label} onSubmit={onSubmit} noValidate={noValidate} className="mb-4">
      <div className={rowClassName ? `row ${rowClassName}` : 'row'}>{children}</div>
      <Button type="submit" color="primary" outline>
        {submitLabel}
      </Button>
    </form>
  );
}
