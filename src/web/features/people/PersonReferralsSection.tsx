/**
 * On the person's page: the referrals made for them (status, service, answer
 * due) and the bounces counted for them — the failure the desk exists to
 * prevent. Read from the person's timeline (the same cached, audited read
 * as the history below), so it costs no request of its own.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BounceView } from '../../../shared/schemas/referrals';
import { DataTable } from '../../components/DataTable';
import { ReferralsTable } from '../referrals/ReferralsTable';
import { byUrgencyOfAnswer } from '../referrals/referrals.api';
import { useTerms } from '../vocabularies/useTerms';
import { formatMoment } from './format';
import { getTimeline, timelineQuery } from './people.api';

export function PersonReferralsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const timeline = useQuery({ queryKey: timelineQuery(personId), queryFn: () => getTimeline(personId) });
  if (!timeline.data) return null;
  const referrals = timeline.data.referrals ?? [];
  const bounces = timeline.data.bounces ?? [];
  const bounced = new Set(bounces.flatMap((bounce) => [bounce.referralId, bounce.previousReferralId ?? '']));
  return (
    <section aria-labelledby="person-referrals" className="mt-5" data-testid="person-referrals">
      <h2 id="person-referrals" className="h3">
        {t('referrals.personSectionTitle')}
      </h2>
      <p data-testid="person-bounces">
        {bounces.length > 0 && (
          <span className="badge bg-warning text-dark me-1">{t('referrals.bounce')}</span>
        )}
        {bounces.length > 0
          ? t('referrals.bouncesCount', { count: bounces.length })
          : t('referrals.noBounces')}
      </p>
      <ReferralsTable referrals={byUrgencyOfAnswer(referrals)} box="sent" bouncedReferralIds={bounced} />
      {bounces.length > 0 && <BounceTable bounces={bounces} />}
    </section>
  );
}

function BounceTable({ bounces }: { bounces: BounceView[] }) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  return (
    <DataTable
      caption={t('referrals.bounceCaption')}
      size="sm"
      columns={[
        t('referrals.bounceDetectedAt'),
        t('referrals.bounceArea'),
        t('referrals.bounceKind'),
        t('referrals.bounceReferral'),
      ]}
    >
      {bounces.map((bounce) => (
        <tr key={bounce.id}>
          <th scope="row">{formatMoment(bounce.detectedAt, i18n.language)}</th>
          <td>{terms.label('area', bounce.areaCode)}</td>
          <td>{t(`referrals.bounceKinds.${bounce.kind}`)}</td>
          <td>
            <Link to={`/invii/${bounce.referralId}`}>{t('referrals.openReferral')}</Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
