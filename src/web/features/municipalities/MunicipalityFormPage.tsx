/**
 * New municipality or edit one (e.g. a new population figure). There is no
 * single-record endpoint: the record comes from the list.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { type DefaultValues, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { MunicipalityInput, type MunicipalityView } from '../../../shared/schemas/accounts';
import { TextField } from '../../components/form/TextField';
import { RecordForm } from '../../components/records/RecordForm';
import { type LoadedRecord, RecordFormPage } from '../../components/records/RecordFormPage';
import { useRouteRecord } from '../../components/records/useRouteRecord';
import { useVersionedSave } from '../../components/records/useVersionedSave';
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
  const municipality = useRouteRecord((id) => ({
    queryKey: MUNICIPALITIES_QUERY,
    queryFn: listMunicipalities,
    select: (municipalities: MunicipalityView[]) => municipalities.find((m) => m.id === id),
  }));
  if (municipality.isMissing) return <NotFoundPage />;
  return (
    <RecordFormPage
      title={municipality.isNew ? t('municipalities.new') : t('municipalities.edit')}
      record={municipality}
    >
      {(loaded) => <MunicipalityForm {...loaded} />}
    </RecordFormPage>
  );
}

function MunicipalityForm({ record: municipality, reload }: LoadedRecord<MunicipalityView>) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, MunicipalityInput>({
    resolver: zodResolver(MunicipalityInput),
    defaultValues: valuesOf(municipality),
  });
  const save = useVersionedSave({
    form,
    record: municipality,
    reload,
    valuesOf,
    create: createMunicipality,
    update: updateMunicipality,
    listQuery: MUNICIPALITIES_QUERY,
    listPath: '/admin/municipalities',
    savedMessage: (input) => t('municipalities.saved', { name: input.name }),
  });
  const { errors } = form.formState;

  return (
    <RecordForm save={save}>
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
    </RecordForm>
  );
}
