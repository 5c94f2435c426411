/**
 * The form of a "new or edit" page: the server's refusal on top, the fields,
 * then Save and Cancel (back to the list the save returns to). Browser
 * validation is off: the shared zod schema checks the fields and says what
 * is wrong in the interface language.
 */
import type { ReactNode } from 'react';
import { ErrorAlert } from '../ErrorAlert';
import { FormActions } from '../form/FormActions';
import type { VersionedSave } from './useVersionedSave';

export interface RecordFormProps {
  save: VersionedSave;
  submitLabel?: string;
  children: ReactNode;
}

export function RecordForm({ save, submitLabel, children }: RecordFormProps) {
  return (
    <form onSubmit={save.onSubmit} noValidate>
      <ErrorAlert error={save.error} />
      {children}
      <FormActions isBusy={save.isBusy} cancelTo={save.listPath} submitLabel={submitLabel} />
    </form>
  );
}
