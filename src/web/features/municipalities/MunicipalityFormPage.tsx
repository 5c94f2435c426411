/**
 * New municipality or edit one (e.g. a new population figure). There is no
 * single-record endpoint: the record comes from the list.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type DefaultValues, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { MunicipalityInput, type MunicipalityView } from '../../../shared/schemas/accounts';
import { ApiError } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { NotFoundPage } from '../errors/NotFoundPage';
import {
  createMunicipality,
  listMunicipalities,
  MUNICIPALITIES_QUERY,
  updateMunicipality,
} from './municipalities.api';

type Values = z.input<typeof MunicipalityInput>;

const valuesOf = (m?: MunicipalityView): DefaultValues<Values> => ({
  istatCode: m?.istatCode ?? '',
  name: m?.name ?? '',
  province: m?.province ?? '',
  population: m?.population,
  populationYear: m?.populationYear ?? null,
});

const toNumber = (value: unknown) => (value === '' || value === null ? undefined : Number(value));
const toYear = (value: unknown) => (value === '' || value === null ? null : Number(value));

export default function MunicipalityFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const municipalities = useQuery({
    queryKey: MUNICIPALITIES_QUERY,
    queryFn: listMunicipalities,
    enabled: Boolean(id),
  });
  const municipality = municipalities.data?.find((m) => m.id === id);
  if (id && municipalities.isSuccess && !municipality) return <NotFoundPage />;
  const title = id ? t('municipalities.edit') : t('municipalities.new');
  return (
    <>
      <PageHeading title={title} />
      <ErrorAlert error={municipalities.error} />
      {id && municipalities.isPending && <Loading />}
      {(!id || municipality) && (
        <MunicipalityForm
          municipality={municipality}
          reload={async () => (await municipalities.refetch()).data?.find((m) => m.id === id)}
        />
      )}
    </>
  );
}

interface MunicipalityFormProps {
  municipality: MunicipalityView | undefined;
  reload: () => Promise<MunicipalityView | undefined>;
}

function MunicipalityForm({ municipality, reload }: MunicipalityFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, MunicipalityInput>({
    resolver: zodResolver(MunicipalityInput),
    defaultValues: valuesOf(municipality),
  });
  const server = useServerErrors(form.setError);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    try {
      if (municipality)
        await updateMunicipality(municipality.id, { ...input, version: municipality.version });
      else await createMunicipality(input);
      await queryClient.invalidateQueries({ queryKey: MUNICIPALITIES_QUERY });
      await navigate('/admin/municipalities', {
        state: { flash: t('municipalities.saved', { name: input.name }) },
      });
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
      <div className="row">
        <TextField
          className="col-12 col-md-4"
          label={t('municipalities.istatCode')}
          hint={t('municipalities.istatCodeHint')}
          inputMode="numeric"
          required
          registration={form.register('istatCode')}
          error={errors.istatCode}
        />
        <TextField
          className="col-12 col-md-8"
          label={t('municipalities.name')}
          required
          registration={form.register('name')}
          error={errors.name}
        />
        <TextField
          className="col-12 col-md-4"
          label={t('municipalities.province')}
          hint={t('municipalities.provinceHint')}
          maxLength={2}
          required
          registration={form.register('province', { setValueAs: (value: string) => value.toUpperCase() })}
          error={errors.province}
        />
        <TextField
          className="col-12 col-md-4"
          label={t('municipalities.population')}
          type="number"
          min={0}
          required
          registration={form.register('population', { setValueAs: toNumber })}
          error={errors.population}
        />
        <TextField
          className="col-12 col-md-4"
          label={t('municipalities.populationYearOptional')}
          type="number"
          min={1900}
          max={2200}
          registration={form.register('populationYear', { setValueAs: toYear })}
          error={errors.populationYear}
        />
      </div>
      <div className="d-flex gap-3">
        <BusyButton isBusy={form.formState.isSubmitting}>{t('common.save')}</BusyButton>
        <Link className="btn btn-outline-secondary" to="/admin/municipalities">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
