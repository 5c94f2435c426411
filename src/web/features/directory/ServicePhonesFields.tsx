/** A service's phones: number and notes, row by row. */
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/TextField';
import { rowLabels } from './rowLabels';
import { ServiceRows } from './ServiceRows';
import type { ServiceForm } from './serviceForm';

export function ServicePhonesFields({ form }: { form: ServiceForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'phones' });
  const errors = form.formState.errors.phones;
  return (
    <ServiceRows
      {...rowLabels(t, 'phone', 'phones')}
      rows={fields}
      max={20}
      onAdd={() => append({ number: '', description: '' })}
      onRemove={remove}
      error={errors?.root ?? errors}
    >
      {(index) => (
        <>
          <TextField
            className="col-12 col-md-4"
            label={t('directory.phone.number')}
            type="tel"
            autoComplete="off"
            required
            maxLength={40}
            registration={form.register(`phones.${index}.number`)}
            error={errors?.[index]?.number}
          />
          <TextField
            className="col-12 col-md-8"
            label={t('directory.rowNotes')}
            maxLength={300}
            registration={form.register(`phones.${index}.description`)}
            error={errors?.[index]?.description}
          />
        </>
      )}
    </ServiceRows>
  );
}
