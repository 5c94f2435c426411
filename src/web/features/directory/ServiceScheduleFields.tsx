/** A service's opening hours (HSDS schedules): days as RFC 5545 codes, opening and closing time, notes. */
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/TextField';
import { rowLabels } from './rowLabels';
import { ServiceRows } from './ServiceRows';
import type { ServiceForm } from './serviceForm';

export function ServiceScheduleFields({ form }: { form: ServiceForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'schedules' });
  const errors = form.formState.errors.schedules;
  return (
    <ServiceRows
      {...rowLabels(t, 'schedule', 'schedules')}
      rows={fields}
      max={50}
      onAdd={() => append({ byday: '', opensAt: '', closesAt: '', description: '' })}
      onRemove={remove}
      error={errors?.root ?? errors}
    >
      {(index) => (
        <>
          <TextField
            className="col-12 col-lg-6"
            label={t('directory.schedule.byday')}
            hint={t('directory.schedule.bydayHint')}
            maxLength={40}
            registration={form.register(`schedules.${index}.byday`)}
            error={errors?.[index]?.byday}
          />
          <TextField
            className="col-6 col-lg-3"
            label={t('directory.schedule.opensAt')}
            type="time"
            registration={form.register(`schedules.${index}.opensAt`)}
            error={errors?.[index]?.opensAt}
          />
          <TextField
            className="col-6 col-lg-3"
            label={t('directory.schedule.closesAt')}
            type="time"
            registration={form.register(`schedules.${index}.closesAt`)}
            error={errors?.[index]?.closesAt}
          />
          <TextField
            className="col-12"
            label={t('directory.rowNotes')}
            maxLength={500}
            registration={form.register(`schedules.${index}.description`)}
            error={errors?.[index]?.description}
          />
        </>
      )}
    </ServiceRows>
  );
}
