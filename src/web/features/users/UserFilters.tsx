/**
 * Search and filters for the user list. Applied on submit, not per keystroke:
 * each listing is an audited read of staff personal data.
 */
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/schemas/accounts';
import { FiltersForm } from '../../components/form/FiltersForm';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { OrganisationOptions } from '../organisations/OrganisationOptions';
import type { UserListFilters as Filters } from './users.api';

export interface UserFiltersProps {
  value: Filters;
  organisations: OrganisationView[];
  onChange: (filters: Filters) => void;
}

export function UserFilters({ value, organisations, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const form = useForm<Filters>({ values: value });
  return (
    <FiltersForm
      label={t('users.filters')}
      submitLabel={t('users.applyFilters')}
      onSubmit={form.handleSubmit(onChange)}
      rowClassName="align-items-end"
    >
      <TextField
        className="col-12 col-md-5"
        label={t('users.search')}
        type="search"
        hint={t('users.searchHint')}
        registration={form.register('q')}
      />
      <SelectField
        className="col-12 col-md-4"
        label={t('users.organisation')}
        registration={form.register('organisationId')}
      >
        <option value="">{t('users.allOrganisations')}</option>
        <OrganisationOptions organisations={organisations} />
      </SelectField>
      <div className="col-12 col-md-3 mb-4">
        <div className="form-check">
          <input id="users-include-inactive" type="checkbox" {...form.register('includeInactive')} />
          <label htmlFor="users-include-inactive">{t('users.includeInactive')}</label>
        </div>
      </div>
    </FiltersForm>
  );
}
