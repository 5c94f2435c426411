/** A desk's weekly opening windows: rows of weekday + opens + closes, added and removed freely. */
import { Button } from 'design-react-kit';
import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import type { DeskFormValues } from './DeskForm';
import { WEEKDAYS, weekdayName } from './weekdays';

export interface HoursRowsProps {
  control: Control<DeskFormValues>;
  register: UseFormRegister<DeskFormValues>;
  errors: FieldErrors<DeskFormValues>['hours'];
}

export function HoursRows({ control, register, errors }: HoursRowsProps) {
  const { t, i18n } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'hours' });
  return (
    <fieldset className="mb-4">
      <legend className="form-legend">{t('desks.weeklyHours')}</legend>
      {fields.length === 0 && <p>{t('desks.noHours')}</p>}
      {fields.map((field, index) => {
        const name = t('desks.window', { number: index + 1 });
        return (
          <fieldset key={field.id}>
            <legend className="visually-hidden">{name}</legend>
            <div className="row desk-hours-row">
              <SelectField
                className="col-12 col-md-4"
                label={t('desks.weekday')}
                registration={register(`hours.${index}.weekday`, { setValueAs: Number })}
                error={errors?.[index]?.weekday}
              >
                {WEEKDAYS.map((weekday) => (
                  <option key={weekday} value={weekday}>
                    {weekdayName(weekday, i18n.language)}
                  </option>
                ))}
              </SelectField>
              <TextField
                className="col-6 col-md-3"
                label={t('desks.opensAt')}
                type="time"
                registration={register(`hours.${index}.opensAt`)}
                error={errors?.[index]?.opensAt}
              />
              <TextField
                className="col-6 col-md-3"
                label={t('desks.closesAt')}
                type="time"
                registration={register(`hours.${index}.closesAt`)}
                error={errors?.[index]?.closesAt}
              />
              <div className="col-12 col-md-2 mb-4">
                <Button type="button" color="danger" outline size="sm" onClick={() => remove(index)}>
                  {t('common.remove')}
                  <span className="visually-hidden"> {name}</span>
                </Button>
              </div>
            </div>
          </fieldset>
        );
      })}
      <Button
        type="button"
        color="primary"
        outline
        onClick={() => append({ weekday: 1, opensAt: '09:00', closesAt: '12:00' })}
      >
        {t('desks.addWindow')}
      </Button>
    </fieldset>
  );
}
