/**
 * /monitoraggio/prese-in-carico: who is already followed by which service and
 * case worker. Coordinators add and correct relations by hand or import the
 * consortium's CSV; the desk reads the registry.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RecordListPage } from '../../components/records/RecordListPage';
import { useSession } from '../../session/session';
import { CareTable } from './CareTable';
import { CARE_QUERY, listCareRelations } from './care.api';

export default function CareRegistryPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const activeOnly = params.get('activeOnly') === 'true';
  const canManage = can('care.manage');
  const relations = useQuery({
    queryKey: [...CARE_QUERY, { activeOnly }],
    queryFn: () => listCareRelations({ activeOnly }),
  });

  return (
    <RecordListPage
      title={t('care.title')}
      create={canManage ? { label: t('care.new'), to: '/monitoraggio/prese-in-carico/nuova' } : undefined}
      list={{ ...relations, data: relations.data?.relations }}
      filters={
        <>
          <p className="lead">{t('care.intro')}</p>
          {canManage && (
            <p>
              <Link className="btn btn-outline-primary" to="/monitoraggio/prese-in-carico/importa">
                {t('care.importLink')}
              </Link>
            </p>
          )}
          <div className="form-check mb-3">
            <input
              id="care-active-only"
              type="checkbox"
              checked={activeOnly}
              onChange={(event) =>
                setParams(event.target.checked ? { activeOnly: 'true' } : {}, { replace: true })
              }
            />
            <label htmlFor="care-active-only">{t('care.activeOnly')}</label>
          </div>
        </>
      }
    >
      {(list) => <CareTable relations={list} canManage={canManage} />}
    </RecordListPage>
  );
}
