/**
 * /monitoraggio/indicatori: the coordinator's dashboard of the pilot. The
 * filters live in the address (shareable; the back button returns to the
 * previous ones). By default the period is the pilot of the chosen desk, or
 * the last six months. Headline figures against targets, a section per
 * indicator group (charts with a sentence and a data table each, leading to
 * the contacts behind them), every indicator in one table, and the exports.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { INDICATOR_GROUPS } from '../../../shared/indicators';
import type { IndicatorReport } from '../../../shared/schemas/indicators';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { ExportPanel } from '../exports/ExportPanel';
import { AllIndicatorsTable } from './AllIndicatorsTable';
import { FeedbackComments } from './FeedbackComments';
import { type DashboardFilters, filtersFromParams, hasContactFilter, paramsOf, toQuery } from './filters';
import { HeadlineCards } from './HeadlineCards';
import { IndicatorFiltersForm } from './IndicatorFiltersForm';
import { IndicatorSection } from './IndicatorSection';
import { getIndicators, INDICATORS_QUERY } from './indicators.api';
import { ReportCaption } from './ReportCaption';
import { defaultPeriod, todayFor, useFilterChoices } from './useFilterChoices';

function isEmpty(report: IndicatorReport): boolean {
  const contacts = report.values.find((value) => value.id === 'contacts')?.value ?? 0;
  return contacts === 0 && report.tables.every((table) => table.total === 0);
}

export default function IndicatorsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const choices = useFilterChoices();
  const today = todayFor(choices);
  const filters = filtersFromParams(params, defaultPeriod(params, choices, today));
  const query = toQuery(filters);
  const report = useQuery({
    queryKey: [...INDICATORS_QUERY, 'report', query],
    queryFn: () => getIndicators(query),
    enabled: choices.isReady,
  });
  const apply = (next: DashboardFilters) => setParams(paramsOf(next));

  return (
    <>
      <PageHeading title={t('nav.indicators')} />
      <p className="lead">{t('dashboard.intro')}</p>
      <ErrorAlert error={choices.error} />
      {!choices.isReady && !choices.error && <Loading />}
      {choices.isReady && (
        <IndicatorFiltersForm value={filters} choices={choices} today={today} onChange={apply} />
      )}
      <ErrorAlert error={report.error} />
      {choices.isReady && report.isPending && <Loading />}
      {report.data && <Report report={report.data} filters={filters} />}
      {choices.isReady && <ExportPanel query={query} />}
    </>
  );
}

function Report({ report, filters }: { report: IndicatorReport; filters: DashboardFilters }) {
  const { t } = useTranslation();
  if (isEmpty(report)) {
    return (
      <>
        <ReportCaption report={report} />
        <Notice>{t('dashboard.empty')}</Notice>
      </>
    );
  }
  return (
    <>
      <ReportCaption report={report} />
      <HeadlineCards values={report.values} isFiltered={hasContactFilter(filters)} />
      {INDICATOR_GROUPS.map((group) => (
        <IndicatorSection key={group} group={group} report={report} filters={filters}>
          {group === 'satisfaction' && <FeedbackComments filters={filters} />}
        </IndicatorSection>
      ))}
      <AllIndicatorsTable values={report.values} hasPrevious={report.previous !== null} />
    </>
  );
}
