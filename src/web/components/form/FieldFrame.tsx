/**
 * What every form field shares: one id for the control, the hint and the
 * error tied to it with aria-describedby and aria-invalid, and the markup
 * around it (wrapper, label above, hint and error below).
 */
import { type ReactNode, useId } from 'react';
import { describedBy, type MaybeFieldError, useFieldMessage } from './fieldMessage';

/** What ties a control to its label, hint and error: its id, aria-invalid, aria-describedby. */
export interface FieldControl {
  id: string;
  isInvalid: true | undefined;
  describedBy: string | undefined;
}

export interface FieldIds {
  control: FieldControl;
  message: string | undefined;
  hintId: string | undefined;
  errorId: string | undefined;
}

export function useFieldIds(error: MaybeFieldError | undefined, hint?: string): FieldIds {
  const id = useId();
  const message = useFieldMessage(error);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  return {
    control: { id, isInvalid: message ? true : undefined, describedBy: describedBy(hintId, errorId) },
    message,
    hintId,
    errorId,
  };
}

/** The hint and the error under a field, each with the id the control points to. */
export function FieldFeedback({ ids, hint }: { ids: FieldIds; hint?: string }) {
  return (
    <>
      {hint && (
        <small id={ids.hintId} className="form-text">
          {hint}
        </small>
      )}
      {ids.message && (
        <div id={ids.errorId} className="invalid-feedback d-block">
          {ids.message}
        </div>
      )}
    </>
  );
}

export interface FieldFrameProps {
  className: string;
  label: string;
  labelClassName?: string;
  hint?: string;
  error?: MaybeFieldError;
  /** The control itself, given what ties it to the label, hint and error. */
  children: (control: FieldControl) => ReactNode;
}

export function FieldFrame({ className, label, labelClassName, hint, error, children }: FieldFrameProps) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={className}>
      <label htmlFor={ids.control.id} className={labelClassName}>
        {label}
      </label>
      {children(ids.control)}
      <FieldFeedback ids={ids} hint={hint} />
    </div>
  );
}
