/** Which desk and which days to list, checked with the server's own ContactListQuery schema. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DeskView } from '../../../shared/schemas/accounts';
import { ContactListQuery } from '../../../shared/schemas/contacts';
import { FiltersForm } from '../../components/form/FiltersForm';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import type { ContactFilters } from './contacts.api';

const FiltersInput = ContactListQuery.pick({ deskId: true, from: true, to: true }).refine(
  (filters) => filters.from <= filters.to,
  { error: 'validation.endBeforeStart', path: ['to'] },
);

export interface ContactFiltersFormProps {
  desks: DeskView[];
  value: ContactFilters;
  onChange: (filters: ContactFilters) => void;
}

export function ContactFiltersForm({ desks, value, onChange }: ContactFiltersFormProps) {
  const { t } = useTranslation();
  const form = useForm<ContactFilters>({ resolver: zodResolver(FiltersInput), values: value });
  const { errors } = form.formState;
  return (
    <FiltersForm
      label={t('contacts.filters')}
      submitLabel={t('contacts.applyFilters')}
      onSubmit={form.handleSubmit(onChange)}
      noValidate
      rowClassName="align-items-start"
    >
      <SelectField
        className="col-12 col-md-6 col-lg-4"
        label={t('contacts.desk')}
        registration={form.register('deskId')}
        error={errors.deskId}
      >
        {desks.map((desk) => (
          <option key={desk.id} value={desk.id}>
            {desk.name}
          </option>
        ))}
      </SelectField>
      <TextField
        className="col-12 col-md-3 col-lg-2"
        label={t('contacts.from')}
        type="date"
        registration={form.register('from')}
        error={errors.from}
      />
      <TextField
        className="col-12 col-md-3 col-lg-2"
        label={t('contacts.to')}
        type="date"
        registration={form.register('to')}
        error={errors.to}
      />
    </FiltersForm>
  );
}
