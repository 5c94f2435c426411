/** New desk or edit one (with the version last seen; a conflict reloads the fresh record). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  DeskInput,
  type DeskView,
  type MunicipalityView,
  type OrganisationView,
} from '../../../shared/schemas/accounts';
import { ApiError } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
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
});

export default function DeskFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const desk = useQuery({
    queryKey: [...DESKS_QUERY, id],
    queryFn: () => getDesk(id ?? ''),
    enabled: Boolean(id),
  });
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const title = id ? t('desks.edit') : t('desks.new');
  const isReady = organisations.data && municipalities.data && (!id || desk.data);
  const staffing = new Set(desk.data?.organisations.map((o) => o.id));
  return (
    <>
      <PageHeading title={title} />
      <ErrorAlert error={desk.error ?? organisations.error ?? municipalities.error} />
      {!isReady && <Loading />}
      {isReady && (
        <DeskFormBody
          desk={desk.data}
          organisations={(organisations.data ?? []).filter((o) => o.isActive || staffing.has(o.id))}
          municipalities={municipalities.data ?? []}
          reload={async () => (await desk.refetch()).data}
        />
      )}
    </>
  );
}

interface DeskFormBodyProps {
  desk: DeskView | undefined;
  organisations: OrganisationView[];
  municipalities: MunicipalityView[];
  reload: () => Promise<DeskView | undefined>;
}

function DeskFormBody({ desk, organisations, municipalities, reload }: DeskFormBodyProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<DeskFormValues, unknown, DeskInput>({
    resolver: zodResolver(DeskInput),
    defaultValues: valuesOf(desk),
  });
  const server = useServerErrors(form.setError);

  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    try {
      if (desk) await updateDesk(desk.id, { ...input, version: desk.version });
      else await createDesk(input);
      await queryClient.invalidateQueries({ queryKey: DESKS_QUERY });
      await navigate('/admin/desks', { state: { flash: t('desks.saved', { name: input.name }) } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        const fresh = await reload();
        if (fresh) form.reset(valuesOf(fresh));
      }
      server.report(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorAlert error={server.error} />
      <DeskFields
        control={form.control}
        register={form.register}
        errors={form.formState.errors}
        organisations={organisations}
        municipalities={municipalities}
      />
      <div className="d-flex gap-3">
        <BusyButton isBusy={form.formState.isSubmitting}>{t('common.save')}</BusyButton>
        <Link className="btn btn-outline-secondary" to="/admin/desks">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
