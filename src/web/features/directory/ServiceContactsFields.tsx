/** A service's contact people: name, role, e-mail. */
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/TextField';
import { rowLabels } from './rowLabels';
import { ServiceRows } from './ServiceRows';
import { blankToNull, type ServiceForm } from './serviceForm';

export function ServiceContactsFields({ form }: { form: ServiceForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'contacts' });
  const errors = form.formState.errors.contacts;
  return (
    <ServiceRows
      {...rowLabels(t, 'contact', 'contacts')}
      rows={fields}
      max={20}
      onAdd={() => append({ name: '', title: '', email: null })}
      onRemove={remove}
      error={errors?.root ?? errors}
    >
      {(index) => (
        <>
          <TextField
            className="col-12 col-md-4"
            label={t('directory.contact.name')}
            maxLength={200}
            registration={form.register(`contacts.${index}.name`)}
            error={errors?.[index]?.name}
          />
          <TextField
            className="col-12 col-md-4"
            label={t('directory.contact.title')}
            maxLength={200}
            registration={form.register(`contacts.${index}.title`)}
            error={errors?.[index]?.title}
          />
          <TextField
            className="col-12 col-md-4"
            label={t('directory.contact.email')}
            type="email"
            registration={form.register(`contacts.${index}.email`, { setValueAs: blankToNull })}
            error={errors?.[index]?.email}
          />
        </>
      )}
    </ServiceRows>
  );
}
