/**
 * One repeatable group of a service (phones, opening hours…): a fieldset with
 * a legend, each row a fieldset named by its number with a "remove" button
 * naming it too, and an "add" button. A new row takes the focus (react-hook-form
 * focuses its first field); after a removal the focus goes back to "add", so it
 * is never lost.
 */
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type MaybeFieldError, useFieldMessage } from '../../components/form/fieldMessage';

export interface ServiceRowsProps {
  legend: string;
  rows: { id: string }[];
  /** "Telefono 3", given the row's number. */
  rowName: (number: number) => string;
  addLabel: string;
  /** "Togli il telefono 3", given the row's number. */
  removeLabel: (number: number) => string;
  max: number;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** A problem with the list as a whole (too many rows). */
  error?: MaybeFieldError;
  /** The fields of the row at this index, as Bootstrap columns. */
  children: (index: number) => ReactNode;
}

export function ServiceRows({
  legend,
  rows,
  rowName,
  addLabel,
  removeLabel,
  max,
  onAdd,
  onRemove,
  error,
  children,
}: ServiceRowsProps) {
  const { t } = useTranslation();
  const add = useRef<HTMLButtonElement>(null);
  const message = useFieldMessage(error);
  return (
    <fieldset className="mb-4">
      <legend className="form-legend">{legend}</legend>
      {message && <div className="invalid-feedback d-block mb-3">{message}</div>}
      {rows.length === 0 && <p>{t('directory.noRows')}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.id} className="border rounded p-3 mb-3">
          <legend className="h6 float-none w-auto px-2">{rowName(index + 1)}</legend>
          <div className="row align-items-end">
            {children(index)}
            <div className="col-12 mb-2">
              <button
                type="button"
                className="btn btn-outline-danger btn-sm"
                onClick={() => {
                  onRemove(index);
                  add.current?.focus();
                }}
              >
                {removeLabel(index + 1)}
              </button>
            </div>
          </div>
        </fieldset>
      ))}
      <button
        ref={add}
        type="button"
        className="btn btn-outline-primary"
        disabled={rows.length >= max}
        onClick={onAdd}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
