/** New organisation or edit one (with the version last seen; a conflict reloads the fresh record). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ORGANISATION_KINDS } from '../../../shared/roles';
import { OrganisationInput, type OrganisationView } from '../../../shared/schemas/accounts';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { RecordForm } from '../../components/records/RecordForm';
import { type LoadedRecord, RecordFormPage } from '../../components/records/RecordFormPage';
import { useRouteRecord } from '../../components/records/useRouteRecord';
import { useVersionedSave } from '../../components/records/useVersionedSave';
import {
  createOrganisation,
  getOrganisation,
  ORGANISATIONS_QUERY,
  updateOrganisation,
} from './organisations.api';

type Values = z.input<typeof OrganisationInput>;

const valuesOf = (o?: OrganisationView): Values => ({
  name: o?.name ?? '',
  kind: o?.kind ?? 'comune',
  taxCode: o?.taxCode ?? '',
  email: o?.email ?? '',
  phone: o?.phone ?? '',
});

export default function OrganisationFormPage() {
  const { t } = useTranslation();
  const organisation = useRouteRecord((id) => ({
    queryKey: [...ORGANISATIONS_QUERY, id],
    queryFn: () => getOrganisation(id),
  }));
  return (
    <RecordFormPage
      title={organisation.isNew ? t('organisations.new') : t('organisations.edit')}
      record={organisation}
    >
      {(loaded) => <OrganisationForm {...loaded} />}
    </RecordFormPage>
  );
}

function OrganisationForm({ record: organisation, reload }: LoadedRecord<OrganisationView>) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, OrganisationInput>({
    resolver: zodResolver(OrganisationInput),
    defaultValues: valuesOf(organisation),
  });
  const save = useVersionedSave({
    form,
    record: organisation,
    reload,
    valuesOf,
    create: createOrganisation,
    update: updateOrganisation,
    listQuery: ORGANISATIONS_QUERY,
    listPath: '/admin/organisations',
    savedMessage: (input) => t('organisations.saved', { name: input.name }),
  });
  const { errors } = form.formState;

  return (
    <RecordForm save={save}>
      <div className="row">
        <TextField
          className="col-12 col-md-8"
          label={t('organisations.name')}
          required
          registration={form.register('name')}
          error={errors.name}
        />
        <SelectField
          className="col-12 col-md-4"
          label={t('organisations.kind')}
          registration={form.register('kind')}
          error={errors.kind}
        >
          {ORGANISATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`organisationKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          className="col-12 col-md-4"
          label={t('organisations.taxCodeOptional')}
          registration={form.register('taxCode')}
          error={errors.taxCode}
        />
        <TextField
          className="col-12 col-md-4"
          label={t('organisations.emailOptional')}
          type="email"
          registration={form.register('email')}
          error={errors.email}
        />
        <TextField
          className="col-12 col-md-4"
          label={t('organisations.phoneOptional')}
          type="tel"
          registration={form.register('phone')}
          error={errors.phone}
        />
      </div>
    </RecordForm>
  );
}
