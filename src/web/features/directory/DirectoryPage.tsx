/**
 * /servizi: search the service directory by words (accent-insensitive),
 * area, status and organisation; the filters live in the address. Those who
 * manage the directory add services, import and export HSDS JSON here.
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SERVICE_STATUSES, type ServiceStatus } from '../../../shared/schemas/directory';
import { FiltersForm } from '../../components/form/FiltersForm';
import { RecordListPage } from '../../components/records/RecordListPage';
import { useSession } from '../../session/session';
import { OrganisationOptions } from '../organisations/OrganisationOptions';
import { listOrganisations, ORGANISATIONS_QUERY } from '../organisations/organisations.api';
import { useTerms } from '../vocabularies/useTerms';
import { DIRECTORY_QUERY, searchServices } from './directory.api';
import { ExportButton } from './ExportButton';
import { ServicesTable } from './ServicesTable';

const FILTERS = ['q', 'areaCode', 'status', 'organisationId'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

export default function DirectoryPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? ''])) as Filters;
  const [draft, setDraft] = useState<Filters>(applied);
  const status = SERVICE_STATUSES.find((value) => value === applied.status);
  const services = useQuery({
    queryKey: [...DIRECTORY_QUERY, 'list', applied],
    queryFn: () =>
      searchServices({
        q: applied.q || undefined,
        areaCode: applied.areaCode || undefined,
        organisationId: applied.organisationId || undefined,
        status,
        limit: 200,
      }),
  });
  const canManage = can('directory.manage');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(Object.fromEntries(Object.entries(draft).filter(([, value]) => value)), { replace: true });
  };
  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));

  return (
    <RecordListPage
      title={t('directory.title')}
      create={canManage ? { label: t('directory.new'), to: '/servizi/nuovo' } : undefined}
      list={{ ...services, data: services.data?.services }}
      filters={
        <>
          <p className="lead">{t('directory.intro')}</p>
          {canManage && (
            <div className="d-flex flex-wrap gap-2 mb-4">
              <Link className="btn btn-outline-primary" to="/servizi/importa">
                {t('directory.importLink')}
              </Link>
              <ExportButton />
            </div>
          )}
          <FiltersForm label={t('directory.search')} submitLabel={t('directory.search')} onSubmit={submit}>
            <div className="form-group col-12 col-lg-4">
              <label htmlFor="directory-q" className="active">
                {t('directory.q')}
              </label>
              <input
                id="directory-q"
                type="search"
                className="form-control"
                aria-describedby="directory-q-hint"
                value={draft.q}
                onChange={set('q')}
              />
              <small id="directory-q-hint" className="form-text">
                {t('directory.qHint')}
              </small>
            </div>
            <FilterSelect
              id="directory-area"
              label={t('directory.area')}
              value={draft.areaCode}
              onChange={set('areaCode')}
            >
              <option value="">{t('directory.anyArea')}</option>
              <AreaOptions />
            </FilterSelect>
            <FilterSelect
              id="directory-status"
              label={t('directory.status')}
              value={draft.status}
              onChange={set('status')}
            >
              <option value="">{t('directory.anyStatus')}</option>
              {SERVICE_STATUSES.map((value: ServiceStatus) => (
                <option key={value} value={value}>
                  {t(`directory.statuses.${value}`)}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect
              id="directory-organisation"
              label={t('directory.organisation')}
              value={draft.organisationId}
              onChange={set('organisationId')}
            >
              <option value="">{t('directory.anyOrganisation')}</option>
              <OrganisationChoices />
            </FilterSelect>
          </FiltersForm>
        </>
      }
    >
      {(list) => <ServicesTable services={list} />}
    </RecordListPage>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="select-wrapper col-12 col-md-4 col-lg-2 mb-4">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={onChange}>
        {children}
      </select>
    </div>
  );
}

function AreaOptions() {
  const terms = useTerms();
  return terms.ofKind('area').map((term) => (
    <option key={term.code} value={term.code}>
      {terms.label('area', term.code)}
    </option>
  ));
}

function OrganisationChoices() {
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  return <OrganisationOptions organisations={organisations.data ?? []} />;
}
