/**
 * Search and filters for the user list. Applied on submit, not per keystroke:
 * each listing is an audited read of staff personal data.
 */
import { Button } from 'design-react-kit';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/schemas/accounts';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
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
    <form aria-label={t('users.filters')} onSubmit={form.handleSubmit(onChange)} className="mb-4">
      <div className="row align-items-end">
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
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </SelectField>
        <div className="col-12 col-md-3 mb-4">
          <div className="form-check">
            <input id="users-include-inactive" type="checkbox" {...form.register('includeInactive')} />
            <label htmlFor="users-include-inactive">{t('users.includeInactive')}</label>
          </div>
        </div>
      </div>
      <Button type="submit" color="primary" outline>
        {t('users.applyFilters')}
      </Button>
    </form>
  );
}
