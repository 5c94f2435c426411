/** The languages a service is offered in, one per row. */
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MaybeFieldError } from '../../components/form/fieldMessage';
import { TextField } from '../../components/form/TextField';
import { rowLabels } from './rowLabels';
import { ServiceRows } from './ServiceRows';
import type { ServiceForm } from './serviceForm';

export function ServiceLanguagesFields({ form }: { form: ServiceForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'languages' });
  const errors = form.formState.errors.languages;
  return (
    <ServiceRows
      {...rowLabels(t, 'language', 'languages')}
      rows={fields}
      max={50}
      onAdd={() => append({ name: '' })}
      onRemove={remove}
      error={errors?.root ?? errors}
    >
      {(index) => (
        <TextField
          className="col-12 col-md-6"
          label={t('directory.language.name')}
          required
          maxLength={200}
          registration={form.register(`languages.${index}.name`)}
          // The server names the language itself (`languages.0`), the form its row's field.
          error={errors?.[index]?.name ?? (errors?.[index] as MaybeFieldError | undefined)}
        />
      )}
    </ServiceRows>
  );
}
