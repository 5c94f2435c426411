/** On a contact's page: the referrals made from its requests, with their status in words. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session';
import { ReferralsTable } from './ReferralsTable';
import { byUrgencyOfAnswer, listReferrals, REFERRALS_QUERY } from './referrals.api';

export function ContactReferrals({ contactId, personId }: { contactId: string; personId: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const mayRead = can('referral.read') && can('referral.send');
  const referrals = useQuery({
    queryKey: [...REFERRALS_QUERY, { box: 'sent', personId }],
    queryFn: () => listReferrals({ box: 'sent', personId }),
    enabled: mayRead,
  });
  const mine = (referrals.data?.referrals ?? []).filter((referral) => referral.contactId === contactId);
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="contact-referrals" className="mt-5">
      <h2 id="contact-referrals" className="h3">
        {t('referrals.title')}
      </h2>
      <ReferralsTable referrals={byUrgencyOfAnswer(mine)} box="sent" />
    </section>
  );
}
