/**
 * A list of referrals: the person (as shared), area → category, the service
 * (or, in the inbox, the desk that sent it), sent when, answer due by, status.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralList } from '../../../shared/schemas/referrals';
import { DataTable } from '../../components/DataTable';
import { formatDate, formatMoment } from '../people/format';
import { useTerms } from '../vocabularies/useTerms';
import { OverdueBadge, ReferralStatusBadge } from './ReferralStatusBadge';
import type { ReferralBox } from './referrals.api';

type ReferralRow = ReferralList['referrals'][number];

export function referralPersonName(referral: Pick<ReferralRow, 'person'>, anonymous: string): string {
  return referral.person ? `${referral.person.givenName} ${referral.person.familyName}` : anonymous;
}

export function ReferralsTable({
  referrals,
  box,
  bouncedReferralIds = new Set<string>(),
}: {
  referrals: ReferralRow[];
  box: ReferralBox;
  bouncedReferralIds?: Set<string>;
}) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  if (referrals.length === 0) return <p>{t('referrals.empty')}</p>;
  return (
    <DataTable
      caption={t('referrals.caption', { count: referrals.length })}
      columns={[
        t('referrals.person'),
        t('referrals.need'),
        box === 'inbox' ? t('referrals.fromDesk') : t('referrals.service'),
        t('referrals.sentAt'),
        t('referrals.ackDueBy'),
        t('common.status'),
      ]}
    >
      {referrals.map((referral) => (
        <tr key={referral.id} data-testid="referral-row">
          <th scope="row">
            <Link to={`/invii/${referral.id}`}>{referralPersonName(referral, t('referrals.anonymous'))}</Link>
            {referral.urgency !== 'routine' && (
              <span className="badge bg-warning text-dark ms-1">
                {t(`referrals.urgencies.${referral.urgency}`)}
              </span>
            )}
          </th>
          <td>
            {terms.label('area', referral.areaCode)} → {terms.label('need_category', referral.categoryCode)}
          </td>
          <td>
            {box === 'inbox' ? (
              referral.desk.name
            ) : (
              <>
                {referral.service.name}
                <div className="small text-muted">{referral.service.organisationName}</div>
              </>
            )}
          </td>
          <td>{formatMoment(referral.createdAt, i18n.language)}</td>
          <td>{formatDate(referral.ackDueBy, i18n.language)}</td>
          <td>
            <ReferralStatusBadge status={referral.status} />
            <OverdueBadge overdue={referral.overdue} />
            {bouncedReferralIds.has(referral.id) && (
              <span className="badge bg-warning text-dark ms-1">{t('referrals.bounce')}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
