/**
 * In the desk's person panel: the person's referrals still open (service and
 * status in words, overdue marked) and how many bounces were counted for
 * them, so the desk does not send them round the same loop again.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FINAL_REFERRAL_STATUSES } from '../../../../shared/referrals';
import { useSession } from '../../../session/session';
import { OverdueBadge, ReferralStatusBadge } from '../../referrals/ReferralStatusBadge';
import { BOUNCES_QUERY, listBounces, listReferrals, REFERRALS_QUERY } from '../../referrals/referrals.api';

export function OpenReferrals({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const mayRead = can('referral.read') && can('referral.send');
  const referrals = useQuery({
    queryKey: [...REFERRALS_QUERY, { box: 'sent', personId }],
    queryFn: () => listReferrals({ box: 'sent', personId }),
    enabled: mayRead,
  });
  const bounces = useQuery({
    queryKey: [...BOUNCES_QUERY, { personId }],
    queryFn: () => listBounces({ personId }),
    enabled: mayRead,
  });
  if (!mayRead || !referrals.data) return null;
  const open = referrals.data.referrals.filter(
    (referral) => !FINAL_REFERRAL_STATUSES.includes(referral.status),
  );
  const bounceCount = bounces.data?.bounces.length ?? 0;
  if (open.length === 0 && bounceCount === 0) return null;
  return (
    <section aria-labelledby="banco-person-referrals" className="mb-2" data-testid="open-referrals">
      <h3 id="banco-person-referrals" className="h6">
        {t('referrals.personSectionTitle')}
      </h3>
      {bounceCount > 0 && (
        <p className="mb-1">
          <span className="badge bg-warning text-dark">{t('referrals.bounce')}</span>{' '}
          {t('referrals.bouncesCount', { count: bounceCount })}
        </p>
      )}
      <ul className="list-unstyled mb-0">
        {open.map((referral) => (
          <li key={referral.id} className="mb-1">
            <Link to={`/invii/${referral.id}`}>{referral.service.name}</Link>{' '}
            <ReferralStatusBadge status={referral.status} />
            <OverdueBadge overdue={referral.overdue} />
          </li>
        ))}
      </ul>
    </section>
  );
}
