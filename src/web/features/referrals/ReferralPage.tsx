/**
 * /invii/:id: one referral with only what it shares — the person's name,
 * birth date and contacts, the reason, what the person was told, area and
 * category, the desk — then the moves the user may make now and the history
 * (who, when, note).
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ReferralView } from '../../../shared/schemas/referrals';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FlashNotice } from '../../components/FlashNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session';
import { formatDate, formatMoment } from '../people/format';
import { useTerms } from '../vocabularies/useTerms';
import { ReferralHistory } from './ReferralHistory';
import { ReferralMoves } from './ReferralMoves';
import { OverdueBadge, ReferralStatusBadge } from './ReferralStatusBadge';
import { referralPersonName } from './ReferralsTable';
import { getReferral, referralQuery } from './referrals.api';

export default function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const referral = useQuery({ queryKey: referralQuery(id), queryFn: () => getReferral(id) });
  const title = referral.data
    ? t('referrals.detailTitle', { service: referral.data.service.name })
    : t('referrals.detailTitleLoading');
  return (
    <>
      <PageHeading title={title} />
      <FlashNotice />
      <ErrorAlert error={referral.error} />
      {referral.isPending && <Loading />}
      {referral.data && <ReferralDetail referral={referral.data} />}
    </>
  );
}

function ReferralDetail({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const terms = useTerms();
  const person = referral.person;
  const facts: [string, React.ReactNode][] = [
    [
      t('referrals.need'),
      `${terms.label('area', referral.areaCode)} → ${terms.label('need_category', referral.categoryCode)}`,
    ],
    [t('referrals.reason'), referral.reason],
    [t('referrals.toldPerson'), referral.toldPerson ?? '—'],
    [t('referrals.urgency'), t(`referrals.urgencies.${referral.urgency}`)],
    [t('referrals.service'), `${referral.service.name} (${referral.service.organisationName})`],
    [t('referrals.fromDesk'), referral.desk.name],
    [t('referrals.sentBy'), referral.sentByName ?? '—'],
    [t('referrals.sentAt'), formatMoment(referral.createdAt, i18n.language)],
    [t('referrals.ackDueBy'), formatDate(referral.ackDueBy, i18n.language)],
    [t('referrals.shareBasis'), t(`referrals.shareBases.${referral.shareBasis}`)],
  ];
  return (
    <>
      <p className="fs-5" data-testid="referral-current-status">
        {t('referrals.statusIs')} <ReferralStatusBadge status={referral.status} />
        <OverdueBadge overdue={referral.overdue} />
        {referral.statusReason && (
          <span className="d-block small mt-1">
            {t('referrals.statusReasonIs', { reason: referral.statusReason })}
          </span>
        )}
      </p>
      <div className="d-flex flex-wrap gap-2 mb-4">
        <Link className="btn btn-outline-primary" to="/invii">
          {t('referrals.backToList')}
        </Link>
        {can('contact.read') && (
          <Link className="btn btn-outline-primary" to={`/contatti/${referral.contactId}`}>
            {t('referrals.openContact')}
          </Link>
        )}
      </div>
      <ReferralMoves referral={referral} />
      <div className="row mt-4">
        <section aria-labelledby="referral-person" className="col-lg-5">
          <h2 id="referral-person" className="h4">
            {t('referrals.personTitle')}
          </h2>
          {person ? (
            <dl>
              <dt>{t('referrals.personName')}</dt>
              <dd>{referralPersonName(referral, '')}</dd>
              <dt>{t('referrals.birthDate')}</dt>
              <dd>{formatDate(person.birthDate, i18n.language)}</dd>
              <dt>{t('referrals.phone')}</dt>
              <dd>{person.phone ?? '—'}</dd>
              <dt>{t('referrals.email')}</dt>
              <dd>{person.email ?? '—'}</dd>
            </dl>
          ) : (
            <p>{t('referrals.anonymous')}</p>
          )}
        </section>
        <section aria-labelledby="referral-request" className="col-lg-7">
          <h2 id="referral-request" className="h4">
            {t('referrals.requestTitle')}
          </h2>
          <dl>
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <ReferralHistory events={referral.history} />
    </>
  );
}
