/**
 * How the walk-in queue behaves at this desk (docs/QUEUE.md), each number with
 * a plain sentence saying what it changes; and the local patron day, a closure
 * every year.
 */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/TextField';
import type { DeskFormValues } from './DeskForm';

const SETTINGS = [
  { name: 'maxPriorityStreak', min: 1, max: 10 },
  { name: 'standardMaxWaitMinutes', min: 5, max: 240 },
  { name: 'noShowAfterRecalls', min: 0, max: 10 },
  { name: 'closingGraceMinutes', min: 0, max: 180 },
] as const;

export interface QueueSettingsFieldsProps {
  register: UseFormRegister<DeskFormValues>;
  errors: FieldErrors<DeskFormValues>;
}

export function QueueSettingsFields({ register, errors }: QueueSettingsFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="mb-4">
        <legend className="form-legend">{t('desks.queueSettings')}</legend>
        <div className="row">
          {SETTINGS.map((setting) => (
            <TextField
              key={setting.name}
              className="col-12 col-md-6"
              type="number"
              inputMode="numeric"
              min={setting.min}
              max={setting.max}
              label={t(`desks.queue.${setting.name}`)}
              hint={t(`desks.queue.${setting.name}Hint`)}
              registration={register(`queue.${setting.name}`, { valueAsNumber: true })}
              error={errors.queue?.[setting.name]}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="mb-4" aria-describedby="desk-patron-day-hint">
        <legend className="form-legend">{t('desks.patronDay')}</legend>
        <p id="desk-patron-day-hint" className="form-text">
          {t('desks.patronDayHint')}
        </p>
        <div className="row">
          <TextField
            className="col-12 col-md-4"
            label={t('desks.patronDayDate')}
            hint={t('desks.patronDayDateHint')}
            inputMode="numeric"
            maxLength={5}
            registration={register('patronDay.date')}
            error={errors.patronDay?.date}
          />
          <TextField
            className="col-12 col-md-8"
            label={t('desks.patronDayName')}
            hint={t('desks.patronDayNameHint')}
            registration={register('patronDay.name')}
            error={errors.patronDay?.name}
          />
        </div>
      </fieldset>
    </>
  );
}
