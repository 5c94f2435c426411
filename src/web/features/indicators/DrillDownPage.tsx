/**
 * /monitoraggio/indicatori/elenco: the contacts behind a figure of the
 * dashboard (a table's row), with the same filters. Listing them is an
 * audited read on the server; each leads to the contact's page.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { DrillDownTable } from './DrillDownTable';
import { drillDownFromParams } from './drill';
import { paramsOf, toQuery } from './filters';
import { drillDown, INDICATORS_QUERY } from './indicators.api';
import { defaultPeriod, todayFor, useFilterChoices } from './useFilterChoices';

export default function DrillDownPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const choices = useFilterChoices();
  const target = drillDownFromParams(params, defaultPeriod(params, choices, todayFor(choices)));
  const body = {
    query: toQuery(target.filters),
    ...(target.table ? { table: target.table } : {}),
    ...(target.key !== null ? { key: target.key } : {}),
  };
  const list = useQuery({
    queryKey: [...INDICATORS_QUERY, 'drilldown', body],
    queryFn: () => drillDown(body),
    enabled: choices.isReady,
  });
  const title = target.table
    ? t('dashboard.drill.title', {
        table: t(`indicatorTables.${target.table}`),
        label: target.label ?? target.key,
      })
    : t('dashboard.drill.allTitle');
  const back = `/monitoraggio/indicatori?${new URLSearchParams(paramsOf(target.filters))}`;

  return (
    <>
      <PageHeading title={title} />
      <p>
        <Link to={back}>{t('dashboard.drill.back')}</Link>
      </p>
      <p>{t('dashboard.drill.audited')}</p>
      <ErrorAlert error={choices.error ?? list.error} />
      {(!choices.isReady || list.isPending) && !list.error && !choices.error && <Loading />}
      {list.data?.truncated && (
        <Notice color="warning">{t('dashboard.drill.truncated', { count: list.data.rows.length })}</Notice>
      )}
      {list.data && <DrillDownTable rows={list.data.rows} caption={title} />}
    </>
  );
}
