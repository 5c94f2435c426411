/**
 * /invii: the referrals of my organisation's services ("In arrivo", the
 * service worker's inbox) and the ones my desks sent ("Inviati"), overdue and
 * newest first, filtered by status. Tab and filters live in the address.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { REFERRAL_STATUSES, type ReferralStatus } from '../../../shared/referrals';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session';
import { Tabs } from '../vocabularies/Tabs';
import { ReferralsTable } from './ReferralsTable';
import {
  BOUNCES_QUERY,
  byUrgencyOfAnswer,
  listBounces,
  listReferrals,
  REFERRALS_QUERY,
  type ReferralBox,
} from './referrals.api';

export default function ReferralsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  // Only the desk's side has sent referrals; the receiving side starts from its inbox.
  const canSend = can('referral.send');
  const defaultBox: ReferralBox = can('referral.receive') || !canSend ? 'inbox' : 'sent';
  const asked = params.get('box');
  const box: ReferralBox = asked === 'inbox' || (asked === 'sent' && canSend) ? asked : defaultBox;
  const statusParam = params.get('status');
  const status = REFERRAL_STATUSES.find((value) => value === statusParam);
  const overdueOnly = params.get('overdueOnly') === 'true';
  const referrals = useQuery({
    queryKey: [...REFERRALS_QUERY, { box, status, overdueOnly }],
    queryFn: () => listReferrals({ box, status, overdueOnly }),
  });
  // Bounces are the desk's: shown beside the referrals it sent.
  const bounces = useQuery({
    queryKey: [...BOUNCES_QUERY, 'mine'],
    queryFn: () => listBounces({}),
    enabled: box === 'sent' && can('referral.send'),
  });
  const bounced = new Set(
    (bounces.data?.bounces ?? []).flatMap((bounce) => [bounce.referralId, bounce.previousReferralId ?? '']),
  );

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeading title={t('referrals.title')} />
      <p className="lead">{t('referrals.intro')}</p>
      <Tabs
        label={t('referrals.boxes')}
        tabs={[
          { value: 'inbox' as const, label: t('referrals.inbox') },
          ...(canSend ? [{ value: 'sent' as const, label: t('referrals.sent') }] : []),
        ]}
        selected={box}
        onSelect={(value) => update({ box: value })}
      >
        <div className="d-flex flex-wrap gap-4 align-items-end mb-3">
          <div className="select-wrapper">
            <label htmlFor="referrals-status">{t('referrals.statusFilter')}</label>
            <select
              id="referrals-status"
              value={status ?? ''}
              onChange={(event) => update({ status: event.target.value || undefined })}
            >
              <option value="">{t('referrals.anyStatus')}</option>
              {REFERRAL_STATUSES.map((value: ReferralStatus) => (
                <option key={value} value={value}>
                  {t(`referrals.statuses.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-check mb-2">
            <input
              id="referrals-overdue"
              type="checkbox"
              checked={overdueOnly}
              onChange={(event) => update({ overdueOnly: event.target.checked ? 'true' : undefined })}
            />
            <label htmlFor="referrals-overdue">{t('referrals.overdueOnly')}</label>
          </div>
        </div>
        <ErrorAlert error={referrals.error} />
        {referrals.isPending && <Loading />}
        {box === 'sent' && bounces.data && (
          <p data-testid="desk-bounces">
            <span className="badge bg-warning text-dark">{t('referrals.bounce')}</span>{' '}
            {t('referrals.deskBounces', { count: bounces.data.bounces.length })}
          </p>
        )}
        {referrals.data && (
          <ReferralsTable
            referrals={byUrgencyOfAnswer(referrals.data.referrals)}
            box={box}
            bouncedReferralIds={bounced}
          />
        )}
      </Tabs>
    </>
  );
}
