/**
 * A care relation by hand: new, or corrected (with the version last seen; a
 * conflict reloads the fresh record). There is no single-record endpoint:
 * the record comes from the registry's list.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CareRelationInput, type CareRelationView } from '../../../shared/schemas/people';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { RecordForm } from '../../components/records/RecordForm';
import { type LoadedRecord, RecordFormPage } from '../../components/records/RecordFormPage';
import { useRouteRecord } from '../../components/records/useRouteRecord';
import { useVersionedSave } from '../../components/records/useVersionedSave';
import { NotFoundPage } from '../errors/NotFoundPage';
import { OrganisationOptions } from '../organisations/OrganisationOptions';
import { listOrganisations, ORGANISATIONS_QUERY } from '../organisations/organisations.api';
import { PersonPicker, type PickedPerson } from '../people/PersonPicker';
import { CARE_QUERY, createCareRelation, listCareRelations, updateCareRelation } from './care.api';

/** The shared schema, with "choose the person / organisation" said in words rather than as a malformed id. */
const CareRelationForm = CareRelationInput.safeExtend({
  personId: z.uuid({ error: 'care.personRequired' }),
  organisationId: z.uuid({ error: 'care.organisationRequired' }),
});
type Values = z.input<typeof CareRelationForm>;
type Input = z.output<typeof CareRelationForm>;

const valuesOf = (c?: CareRelationView): Values => ({
  personId: c?.personId ?? '',
  organisationId: c?.organisationId ?? '',
  serviceName: c?.serviceName ?? '',
  caseWorkerName: c?.caseWorkerName ?? '',
  caseWorkerContact: c?.caseWorkerContact ?? '',
  caseWorkerUserId: c?.caseWorkerUserId ?? null,
  startDate: c?.startDate ?? '',
  endDate: c?.endDate ?? '',
  externalRef: c?.externalRef ?? '',
});

export default function CareRelationFormPage() {
  const { t } = useTranslation();
  const relation = useRouteRecord((id) => ({
    queryKey: [...CARE_QUERY, { activeOnly: false }],
    queryFn: () => listCareRelations(),
    select: (list: Awaited<ReturnType<typeof listCareRelations>>) =>
      list.relations.find((candidate) => candidate.id === id),
  }));
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  if (relation.isMissing) return <NotFoundPage />;
  return (
    <RecordFormPage
      title={relation.isNew ? t('care.new') : t('care.edit')}
      record={relation}
      needs={[organisations]}
    >
      {(loaded) => <CareRelationFields {...loaded} />}
    </RecordFormPage>
  );
}

function CareRelationFields({ record, reload }: LoadedRecord<CareRelationView>) {
  const { t } = useTranslation();
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  const [person, setPerson] = useState<PickedPerson | null>(
    record ? { id: record.personId, name: record.personName } : null,
  );
  const form = useForm<Values, unknown, Input>({
    resolver: zodResolver(CareRelationForm),
    defaultValues: valuesOf(record),
  });
  const save = useVersionedSave({
    form,
    record,
    reload,
    valuesOf,
    create: createCareRelation,
    update: updateCareRelation,
    listQuery: CARE_QUERY,
    listPath: '/monitoraggio/prese-in-carico',
    savedMessage: (input) => t('care.saved', { service: input.serviceName }),
  });
  const { errors } = form.formState;
  const pick = (picked: PickedPerson | null) => {
    setPerson(picked);
    form.setValue('personId', picked?.id ?? '', { shouldValidate: form.formState.isSubmitted });
  };

  return (
    <RecordForm save={save}>
      <PersonPicker label={t('care.person')} value={person} onChange={pick} error={errors.personId} />
      <div className="row">
        <SelectField
          className="col-12 col-md-6"
          label={t('care.organisation')}
          required
          registration={form.register('organisationId')}
          error={errors.organisationId}
        >
          <option value="">{t('common.choose')}</option>
          <OrganisationOptions organisations={(organisations.data ?? []).filter((o) => o.isActive)} />
        </SelectField>
        <TextField
          className="col-12 col-md-6"
          label={t('care.service')}
          required
          registration={form.register('serviceName')}
          error={errors.serviceName}
        />
        <TextField
          className="col-12 col-md-6"
          label={t('care.caseWorker')}
          required
          registration={form.register('caseWorkerName')}
          error={errors.caseWorkerName}
        />
        <TextField
          className="col-12 col-md-6"
          label={t('care.caseWorkerContactOptional')}
          hint={t('care.caseWorkerContactHint')}
          registration={form.register('caseWorkerContact')}
          error={errors.caseWorkerContact}
        />
        <TextField
          className="col-12 col-md-4"
          label={t('care.startDate')}
          type="date"
          required
          registration={form.register('startDate')}
          error={errors.startDate}
        />
        <TextField
          className="col-12 col-md-4"
          label={t('care.endDateOptional')}
          type="date"
          registration={form.register('endDate')}
          error={errors.endDate}
        />
        <TextField
          className="col-12 col-md-4"
          label={t('care.externalRefOptional')}
          hint={t('care.externalRefHint')}
          registration={form.register('externalRef')}
          error={errors.externalRef}
        />
      </div>
    </RecordForm>
  );
}
