/** New organisation or edit one (with the version last seen; a conflict reloads the fresh record). */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { ORGANISATION_KINDS } from '../../../shared/roles';
import { OrganisationInput, type OrganisationView } from '../../../shared/schemas/accounts';
import { ApiError } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
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
  const { id } = useParams();
  const organisation = useQuery({
    queryKey: [...ORGANISATIONS_QUERY, id],
    queryFn: () => getOrganisation(id ?? ''),
    enabled: Boolean(id),
  });
  const title = id ? t('organisations.edit') : t('organisations.new');
  return (
    <>
      <PageHeading title={title} />
      <ErrorAlert error={organisation.error} />
      {id && organisation.isPending && <Loading />}
      {(!id || organisation.data) && (
        <OrganisationForm
          organisation={organisation.data}
          reload={async () => (await organisation.refetch()).data}
        />
      )}
    </>
  );
}

interface OrganisationFormProps {
  organisation: OrganisationView | undefined;
  reload: () => Promise<OrganisationView | undefined>;
}

function OrganisationForm({ organisation, reload }: OrganisationFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<Values, unknown, OrganisationInput>({
    resolver: zodResolver(OrganisationInput),
    defaultValues: valuesOf(organisation),
  });
  const server = useServerErrors(form.setError);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    try {
      if (organisation)
        await updateOrganisation(organisation.id, { ...input, version: organisation.version });
      else await createOrganisation(input);
      await queryClient.invalidateQueries({ queryKey: ORGANISATIONS_QUERY });
      await navigate('/admin/organisations', {
        state: { flash: t('organisations.saved', { name: input.name }) },
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
      <div className="d-flex gap-3">
        <BusyButton isBusy={form.formState.isSubmitting}>{t('common.save')}</BusyButton>
        <Link className="btn btn-outline-secondary" to="/admin/organisations">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
