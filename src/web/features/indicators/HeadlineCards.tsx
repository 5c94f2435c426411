/** The headline: the key indicators of the pilot as cards, against their targets. */
import { useTranslation } from 'react-i18next';
import type { IndicatorId } from '../../../shared/indicators';
import type { IndicatorValue } from '../../../shared/schemas/indicators';
import { IndicatorCard } from './IndicatorCard';

export const HEADLINE_INDICATORS: readonly IndicatorId[] = [
  'contacts',
  'persons',
  'requests',
  'wait_median',
  'copresence_coverage',
  'joint_assessment_rate',
  'resolved_at_desk_share',
  'referral_accepted_share',
  'bounces',
  'satisfaction_mean',
];

export function HeadlineCards({ values, isFiltered }: { values: IndicatorValue[]; isFiltered: boolean }) {
  const { t } = useTranslation();
  const headline = HEADLINE_INDICATORS.flatMap((id) => values.filter((value) => value.id === id));
  return (
    <section aria-labelledby="dashboard-headline" className="mb-5">
      <h2 id="dashboard-headline" className="h3">
        {t('dashboard.headline')}
      </h2>
      <ul className="row list-unstyled g-3">
        {headline.map((value) => (
          <li key={value.id} className="col-12 col-sm-6 col-lg-4 col-xl-3">
            <IndicatorCard value={value} isFiltered={isFiltered} />
          </li>
        ))}
      </ul>
    </section>
  );
}
