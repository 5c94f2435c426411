/**
 * A directory service, new or edited (with the version last seen; a conflict
 * reloads the fresh record). Coordinators edit their own organisation's
 * services, admins any. Locations, opening hours, phones, contacts, costs
 * and languages are repeatable rows, each group in its own fieldset.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SERVICE_STATUSES, type ServiceView } from '../../../shared/schemas/directory';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { RecordForm } from '../../components/records/RecordForm';
import { type LoadedRecord, RecordFormPage } from '../../components/records/RecordFormPage';
import { useRouteRecord } from '../../components/records/useRouteRecord';
import { useVersionedSave } from '../../components/records/useVersionedSave';
import { useSession } from '../../session/session';
import { NotFoundPage } from '../errors/NotFoundPage';
import { OrganisationOptions } from '../organisations/OrganisationOptions';
import { listOrganisations, ORGANISATIONS_QUERY } from '../organisations/organisations.api';
import { useTerms } from '../vocabularies/useTerms';
import { createService, DIRECTORY_QUERY, getService, serviceQuery, updateService } from './directory.api';
import { ServiceContactsFields } from './ServiceContactsFields';
import { ServiceCostOptionsFields } from './ServiceCostOptionsFields';
import { ServiceLanguagesFields } from './ServiceLanguagesFields';
import { ServiceLocationsFields } from './ServiceLocationsFields';
import { ServicePhonesFields } from './ServicePhonesFields';
import { ServiceScheduleFields } from './ServiceScheduleFields';
import {
  blankToNull,
  type ServiceFormInput,
  ServiceFormSchema,
  type ServiceFormValues,
  serviceValues,
} from './serviceForm';

export default function ServiceFormPage() {
  const { t } = useTranslation();
  const service = useRouteRecord((id) => ({ queryKey: serviceQuery(id), queryFn: () => getService(id) }));
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  if (service.isMissing) return <NotFoundPage />;
  return (
    <RecordFormPage
      title={service.isNew ? t('directory.new') : t('directory.edit')}
      record={service}
      needs={[organisations]}
    >
      {(loaded) => <ServiceFields {...loaded} />}
    </RecordFormPage>
  );
}

function ServiceFields({ record, reload }: LoadedRecord<ServiceView>) {
  const { t } = useTranslation();
  const { user } = useSession();
  const terms = useTerms();
  const isAdmin = user?.roles.includes('admin') ?? false;
  const ownOrganisation = user?.organisation.id ?? '';
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  const valuesFor = (s?: ServiceView) => serviceValues(s, ownOrganisation);
  const form = useForm<ServiceFormValues, unknown, ServiceFormInput>({
    resolver: zodResolver(ServiceFormSchema),
    defaultValues: valuesFor(record),
  });
  const save = useVersionedSave({
    form,
    record,
    reload,
    valuesOf: valuesFor,
    create: createService,
    update: updateService,
    listQuery: DIRECTORY_QUERY,
    listPath: '/servizi',
    savedMessage: (input) => t('directory.saved', { name: input.name }),
  });
  const { errors } = form.formState;
  const { register } = form;
  const area = (name: keyof ServiceFormValues, label: string) => (
    <TextAreaField
      className="col-12 col-lg-6"
      label={label}
      maxLength={4000}
      registration={register(name)}
      error={errors[name] as { message?: string } | undefined}
    />
  );
  return (
    <RecordForm save={save}>
      <div className="row">
        {isAdmin ? (
          <SelectField
            className="col-12 col-md-6"
            label={t('directory.organisation')}
            required
            registration={register('organisationId')}
            error={errors.organisationId}
          >
            <option value="">{t('common.choose')}</option>
            <OrganisationOptions organisations={(organisations.data ?? []).filter((o) => o.isActive)} />
          </SelectField>
        ) : (
          <p className="col-12 col-md-6">
            <span className="fw-semibold">{t('directory.organisation')}:</span> {user?.organisation.name}
          </p>
        )}
        <SelectField
          className="col-12 col-md-6"
          label={t('directory.status')}
          registration={register('status')}
          error={errors.status}
        >
          {SERVICE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`directory.statuses.${status}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          className="col-12 col-md-6"
          label={t('directory.name')}
          required
          registration={register('name')}
          error={errors.name}
        />
        <TextField
          className="col-12 col-md-6"
          label={t('directory.alternateName')}
          registration={register('alternateName')}
          error={errors.alternateName}
        />
        {area('description', t('directory.description'))}
        {area('eligibilityDescription', t('directory.eligibilityDescription'))}
        {area('applicationProcess', t('directory.applicationProcess'))}
        {area('feesDescription', t('directory.feesDescription'))}
        {area('interpretationServices', t('directory.interpretationServices'))}
        {area('alert', t('directory.alert'))}
        <TextField
          className="col-12 col-md-6"
          label={t('directory.url')}
          type="url"
          registration={register('url', { setValueAs: blankToNull })}
          error={errors.url}
        />
        <TextField
          className="col-12 col-md-6"
          label={t('directory.email')}
          type="email"
          registration={register('email', { setValueAs: blankToNull })}
          error={errors.email}
        />
        <TextField
          className="col-12 col-md-6"
          label={t('directory.ackWorkingDays')}
          type="number"
          min={0}
          max={60}
          registration={register('ackWorkingDays', { valueAsNumber: true })}
          error={errors.ackWorkingDays}
        />
      </div>
      <CheckboxGroup
        legend={t('directory.areas')}
        options={terms
          .ofKind('area')
          .map((term) => ({ value: term.code, label: terms.label('area', term.code) }))}
        registration={register('areaCodes')}
        error={errors.areaCodes}
      />
      <ServiceLocationsFields form={form} />
      <ServiceScheduleFields form={form} />
      <ServicePhonesFields form={form} />
      <ServiceContactsFields form={form} />
      <ServiceCostOptionsFields form={form} />
      <ServiceLanguagesFields form={form} />
    </RecordForm>
  );
}
