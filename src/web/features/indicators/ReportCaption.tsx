/** What the figures below describe: the period and the one compared with, the desks, the pilot, the filters. */
import { useTranslation } from 'react-i18next';
import type { IndicatorReport } from '../../../shared/schemas/indicators';
import { formatDate } from '../people/format';

export function ReportCaption({ report }: { report: IndicatorReport }) {
  const { t, i18n } = useTranslation();
  const date = (day: string) => formatDate(day, i18n.language);
  const filters = [
    report.filters.organisationName,
    report.filters.municipalityName,
    report.filters.areaLabel,
  ].filter((name): name is string => Boolean(name));
  return (
    <dl className="row small mb-4" data-testid="report-caption">
      <dt className="col-sm-3 col-lg-2">{t('dashboard.period')}</dt>
      <dd className="col-sm-9 col-lg-10">
        {t('dashboard.periodRange', { from: date(report.period.from), to: date(report.period.to) })}
        {report.previous &&
          ` ${t('dashboard.comparedWith', { from: date(report.previous.from), to: date(report.previous.to) })}`}
      </dd>
      <dt className="col-sm-3 col-lg-2">{t('dashboard.desks')}</dt>
      <dd className="col-sm-9 col-lg-10">{report.desks.map((desk) => desk.name).join(', ') || '—'}</dd>
      {report.pilot && (
        <>
          <dt className="col-sm-3 col-lg-2">{t('dashboard.pilot')}</dt>
          <dd className="col-sm-9 col-lg-10">
            {t('dashboard.pilotRange', {
              name: report.pilot.name,
              from: date(report.pilot.startDate),
              to: date(report.pilot.endDate),
            })}
          </dd>
        </>
      )}
      {filters.length > 0 && (
        <>
          <dt className="col-sm-3 col-lg-2">{t('dashboard.activeFilters')}</dt>
          <dd className="col-sm-9 col-lg-10">{filters.join(' · ')}</dd>
        </>
      )}
    </dl>
  );
}
