/**
 * "Risultati": for a period (in the address; by default the last eight
 * weeks), the public page's visits per campaign code and language, the
 * visits without a code, and beside them the contacts by what people said at
 * the desk about how they heard of it — with one sentence that says it all
 * for a reader who skips the tables.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LANGUAGE_AUTONYMS, PUBLIC_LANGUAGES } from '../../../shared/public';
import type { DeskView } from '../../../shared/schemas/accounts';
import { type CampaignStats, CampaignStatsQuery } from '../../../shared/schemas/campaign';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiltersForm } from '../../components/form/FiltersForm';
import { TextField } from '../../components/form/TextField';
import { Loading } from '../../components/Loading';
import { serverNow } from '../../components/useNow';
import { localDate } from '../../i18n/format';
import { formatCount } from '../indicators/format';
import { getStats, statsQuery } from './campaign.api';
import { type Period, periodFromParams, resultsSummary, totalsOf } from './results';
import { VisitsChart } from './VisitsChart';

const PeriodInput = CampaignStatsQuery.refine((period) => period.from <= period.to, {
  error: 'validation.endBeforeStart',
  path: ['to'],
});

export function ResultsSection({ desk }: { desk: DeskView }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params, localDate(serverNow(), desk.timezone));
  const stats = useQuery({
    queryKey: statsQuery(desk.id, period),
    queryFn: () => getStats(desk.id, period),
  });
  const apply = (next: Period) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('desk', desk.id);
      updated.set('from', next.from);
      updated.set('to', next.to);
      return updated;
    });

  return (
    <section aria-labelledby="campaign-results" className="mb-5">
      <h2 id="campaign-results" className="h3 border-bottom pb-2 mb-3">
        {t('campaign.page.results.title')}
      </h2>
      <p>{t('campaign.page.results.intro')}</p>
      <PeriodForm value={period} onChange={apply} />
      <ErrorAlert error={stats.error} />
      {stats.isPending && <Loading />}
      {stats.data && <Results stats={stats.data} />}
    </section>
  );
}

function PeriodForm({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const form = useForm<Period>({ resolver: zodResolver(PeriodInput), defaultValues: value });
  // The address is the truth: applied, back or forward, the fields show it again.
  const applied = `${value.from}/${value.to}`;
  useEffect(() => {
    const [from = '', to = ''] = applied.split('/');
    form.reset({ from, to });
  }, [applied, form]);
  const { errors } = form.formState;
  return (
    <FiltersForm
      label={t('campaign.page.results.period')}
      submitLabel={t('campaign.page.results.apply')}
      onSubmit={form.handleSubmit(onChange)}
      noValidate
      rowClassName="align-items-start"
    >
      <TextField
        className="col-12 col-md-4"
        type="date"
        label={t('campaign.page.results.from')}
        registration={form.register('from')}
        error={errors.from}
      />
      <TextField
        className="col-12 col-md-4"
        type="date"
        label={t('campaign.page.results.to')}
        registration={form.register('to')}
        error={errors.to}
      />
    </FiltersForm>
  );
}

function Results({ stats }: { stats: CampaignStats }) {
  const { t, i18n } = useTranslation();
  const count = (value: number) => formatCount(value, i18n.language);
  const totals = totalsOf(stats);
  const summary = resultsSummary(stats, t, i18n.language);
  const byLanguage = (lang: string) => stats.tags.reduce((sum, tag) => sum + (tag.byLanguage[lang] ?? 0), 0);
  return (
    <>
      <p className="lead" data-testid="campaign-summary">
        {summary}
      </p>
      <div className="row g-4">
        <div className="col-12 col-xl-8">
          <DataTable
            caption={t('campaign.page.results.visitsCaption', { from: stats.from, to: stats.to })}
            size="sm"
            columns={[
              t('campaign.page.results.tag'),
              ...PUBLIC_LANGUAGES.map((lang) => ({ label: lang.toUpperCase(), className: 'text-end' })),
              { label: t('campaign.page.results.total'), className: 'text-end' },
            ]}
          >
            {stats.tags.map((tag) => (
              <tr key={tag.code}>
                <th scope="row">
                  {tag.label} <code>{tag.code}</code>
                </th>
                {PUBLIC_LANGUAGES.map((lang) => (
                  <td key={lang} className="text-end">
                    {count(tag.byLanguage[lang] ?? 0)}
                  </td>
                ))}
                <td className="text-end">{count(tag.visits)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('campaign.page.results.taggedTotal')}</th>
              {PUBLIC_LANGUAGES.map((lang) => (
                <td key={lang} className="text-end">
                  {count(byLanguage(lang))}
                </td>
              ))}
              <td className="text-end fw-semibold">{count(totals.tagged)}</td>
            </tr>
            <tr>
              <th scope="row">{t('campaign.page.results.untagged')}</th>
              <td colSpan={PUBLIC_LANGUAGES.length} className="text-muted">
                {t('campaign.page.results.untaggedNote')}
              </td>
              <td className="text-end">{count(stats.untaggedVisits)}</td>
            </tr>
            <tr>
              <th scope="row">{t('campaign.page.results.allVisits')}</th>
              <td colSpan={PUBLIC_LANGUAGES.length} />
              <td className="text-end fw-semibold">{count(totals.visits)}</td>
            </tr>
          </DataTable>
          <LanguageKey />
          {totals.visits > 0 && <VisitsChart stats={stats} summary={summary} />}
        </div>
        <div className="col-12 col-xl-4">
          <DataTable
            caption={t('campaign.page.results.heardCaption', { from: stats.from, to: stats.to })}
            size="sm"
            columns={[
              t('campaign.page.results.heardFrom'),
              { label: t('campaign.page.results.contacts'), className: 'text-end' },
            ]}
          >
            {stats.heardFrom.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.label}</th>
                <td className="text-end">{count(row.contacts)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('campaign.page.results.total')}</th>
              <td className="text-end fw-semibold">{count(totals.contacts)}</td>
            </tr>
          </DataTable>
        </div>
      </div>
      <DailyVisits stats={stats} />
    </>
  );
}

/** The language codes heading the columns, spelled out in each language. */
function LanguageKey() {
  const { t } = useTranslation();
  return (
    <p className="small">
      {t('campaign.page.results.languageKey')}{' '}
      {PUBLIC_LANGUAGES.map((lang, index) => (
        <span key={lang}>
          {index > 0 && ', '}
          {lang.toUpperCase()} = <span lang={lang}>{LANGUAGE_AUTONYMS[lang]}</span>
        </span>
      ))}
    </p>
  );
}

/** The days with visits, folded away: for who wants to see the effect of a distribution day. */
function DailyVisits({ stats }: { stats: CampaignStats }) {
  const { t, i18n } = useTranslation();
  const days = stats.byDay.filter((day) => day.tagged + day.untagged > 0);
  if (days.length === 0) return null;
  const count = (value: number) => formatCount(value, i18n.language);
  return (
    <details className="mt-3">
      <summary>{t('campaign.page.results.byDay')}</summary>
      <DataTable
        caption={t('campaign.page.results.byDayCaption', { from: stats.from, to: stats.to })}
        size="sm"
        columns={[
          t('campaign.page.results.day'),
          { label: t('campaign.page.results.tagged'), className: 'text-end' },
          { label: t('campaign.page.results.untagged'), className: 'text-end' },
        ]}
      >
        {days.map((day) => (
          <tr key={day.date}>
            <th scope="row">{day.date}</th>
            <td className="text-end">{count(day.tagged)}</td>
            <td className="text-end">{count(day.untagged)}</td>
          </tr>
        ))}
      </DataTable>
    </details>
  );
}
