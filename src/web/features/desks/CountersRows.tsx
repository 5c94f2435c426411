/**
 * The counters of a desk (where operators sit; the display shows the name
 * when a number is called): a list of names, at least one, added and removed
 * freely.
 */
import { Button } from 'design-react-kit';
import {
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
  useWatch,
} from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldFeedback, useFieldIds } from '../../components/form/FieldFrame';
import { describedBy } from '../../components/form/fieldMessage';
import { TextField } from '../../components/form/TextField';
import type { DeskFormValues } from './DeskForm';

export interface CountersRowsProps {
  control: Control<DeskFormValues>;
  register: UseFormRegister<DeskFormValues>;
  setValue: UseFormSetValue<DeskFormValues>;
  errors: FieldErrors<DeskFormValues>['counters'];
}

export function CountersRows({ control, register, setValue, errors }: CountersRowsProps) {
  const { t } = useTranslation();
  const counters = useWatch({ control, name: 'counters' }) ?? [];
  const listError = useFieldIds(errors?.root ?? (errors?.message ? errors : undefined));
  const change = (next: string[]) => setValue('counters', next, { shouldDirty: true });
  const hintId = `${listError.control.id}-hint`;

  return (
    <fieldset className="mb-4" aria-describedby={describedBy(hintId, listError.errorId)}>
      <legend className="form-legend">{t('desks.counters')}</legend>
      <p id={hintId} className="form-text">
        {t('desks.countersHint')}
      </p>
      {counters.map((_, index) => {
        const name = t('desks.counterNumber', { number: index + 1 });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions in the list, named by their number.
          <div key={index} className="row desk-hours-row">
            <TextField
              className="col-12 col-md-8"
              label={name}
              registration={register(`counters.${index}`)}
              error={errors?.[index]}
            />
            <div className="col-12 col-md-4 mb-4">
              <Button
                type="button"
                color="danger"
                outline
                size="sm"
                disabled={counters.length <= 1}
                onClick={() => change(counters.filter((_, i) => i !== index))}
              >
                {t('common.remove')}
                <span className="visually-hidden"> {name}</span>
              </Button>
            </div>
          </div>
        );
      })}
      <FieldFeedback ids={listError} />
      <Button
        type="button"
        color="primary"
        outline
        onClick={() => change([...counters, t('desks.counterDefault', { number: counters.length + 1 })])}
      >
        {t('desks.addCounter')}
      </Button>
    </fieldset>
  );
}
