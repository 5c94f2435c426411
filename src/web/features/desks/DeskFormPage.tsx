/** New desk or edit one (with the version last seen; a conflict reloads the fresh record). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DeskInput,
  DeskQueueSettings,
  type DeskView,
  type MunicipalityView,
  type OrganisationView,
} from '../../../shared/schemas/accounts';
import { RecordForm } from '../../components/records/RecordForm';
import { type LoadedRecord, RecordFormPage } from '../../components/records/RecordFormPage';
import { useRouteRecord } from '../../components/records/useRouteRecord';
import { useVersionedSave } from '../../components/records/useVersionedSave';
import { listMunicipalities, MUNICIPALITIES_QUERY } from '../municipalities/municipalities.api';
import { listOrganisations, ORGANISATIONS_QUERY } from '../organisations/organisations.api';
import { DeskFields, type DeskFormValues } from './DeskForm';
import { createDesk, DESKS_QUERY, getDesk, updateDesk } from './desks.api';

const valuesOf = (desk?: DeskView): DeskFormValues => ({
  name: desk?.name ?? '',
  address: desk?.address ?? '',
  municipalityId: desk?.municipalityId ?? null,
  timezone: desk?.timezone ?? 'Europe/Rome',
  organisationIds: desk?.organisations.map((o) => o.id) ?? [],
  hours: desk?.hours ?? [],
  counters: desk?.counters ?? [],
  patronDay: desk?.patronDay ?? { date: '', name: '' },
  queue: desk?.queue ?? DeskQueueSettings.parse({}),
});

/** The patron day is optional: both its fields left empty mean none. */
const resolver: Resolver<DeskFormValues, unknown, DeskInput> = (values, context, options) => {
  const patronDay = values.patronDay;
  const isEmpty = !patronDay || (!patronDay.date?.trim() && !patronDay.name?.trim());
  return zodResolver(DeskInput)({ ...values, patronDay: isEmpty ? null : patronDay }, context, options);
};

export default function DeskFormPage() {
  const { t } = useTranslation();
  const desk = useRouteRecord((id) => ({ queryKey: [...DESKS_QUERY, id], queryFn: () => getDesk(id) }));
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const staffing = new Set(desk.data?.organisations.map((o) => o.id));
  return (
    <RecordFormPage
      title={desk.isNew ? t('desks.new') : t('desks.edit')}
      record={desk}
      needs={[organisations, municipalities]}
    >
      {(loaded) => (
        <DeskFormBody
          {...loaded}
          organisations={(organisations.data ?? []).filter((o) => o.isActive || staffing.has(o.id))}
          municipalities={municipalities.data ?? []}
        />
      )}
    </RecordFormPage>
  );
}

interface DeskFormBodyProps extends LoadedRecord<DeskView> {
  organisations: OrganisationView[];
  municipalities: MunicipalityView[];
}

function DeskFormBody({ record: desk, reload, organisations, municipalities }: DeskFormBodyProps) {
  const { t } = useTranslation();
  const form = useForm<DeskFormValues, unknown, DeskInput>({
    resolver,
    defaultValues: desk
      ? valuesOf(desk)
      : { ...valuesOf(), counters: [1, 2].map((number) => t('desks.counterDefault', { number })) },
  });
  const save = useVersionedSave({
    form,
    record: desk,
    reload,
    valuesOf,
    create: createDesk,
    update: updateDesk,
    listQuery: DESKS_QUERY,
    listPath: '/admin/desks',
    savedMessage: (input) => t('desks.saved', { name: input.name }),
  });

  return (
    <RecordForm save={save}>
      <DeskFields
        control={form.control}
        register={form.register}
        setValue={form.setValue}
        errors={form.formState.errors}
        organisations={organisations}
        municipalities={municipalities}
      />
    </RecordForm>
  );
}
