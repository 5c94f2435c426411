/**
 * A referral's status as a badge whose text says the status (the colour only
 * repeats it), and the overdue mark beside it.
 */
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../../shared/referrals';

const COLOURS: Record<ReferralStatus, string> = {
  draft: 'bg-secondary',
  requested: 'bg-primary',
  accepted: 'bg-success',
  'in-progress': 'bg-success',
  'on-hold': 'bg-warning text-dark',
  completed: 'bg-success',
  rejected: 'bg-danger',
  failed: 'bg-danger',
  cancelled: 'bg-secondary',
  'entered-in-error': 'bg-secondary',
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${COLOURS[status]}`} data-testid="referral-status">
      {t(`referrals.statuses.${status}`)}
    </span>
  );
}

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return <span className="badge bg-danger ms-1">{t('referrals.overdue')}</span>;
}
