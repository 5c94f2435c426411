/** Every move of a referral, oldest first: from → to, when, who (and their organisation), the note. */
import { useTranslation } from 'react-i18next';
import type { ReferralEvent } from '../../../shared/schemas/referrals';
import { DataTable } from '../../components/DataTable';
import { formatMoment } from '../people/format';

export function ReferralHistory({ events }: { events: ReferralEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="referral-history" className="mt-4">
      <h2 id="referral-history" className="h4">
        {t('referrals.historyTitle')}
      </h2>
      {events.length === 0 ? (
        <p>{t('referrals.noHistory')}</p>
      ) : (
        <DataTable
          caption={t('referrals.historyCaption')}
          size="sm"
          columns={[t('referrals.when'), t('referrals.move'), t('referrals.who'), t('referrals.note')]}
        >
          {[...events]
            .sort((a, b) => a.seq - b.seq)
            .map((event) => (
              <tr key={event.seq}>
                <th scope="row">{formatMoment(event.at, i18n.language)}</th>
                <td>
                  {event.from ? `${t(`referrals.statuses.${event.from}`)} → ` : ''}
                  {t(`referrals.statuses.${event.to}`)}
                </td>
                <td>
                  {event.actorName ?? '—'}
                  {event.organisationName && <div className="small text-muted">{event.organisationName}</div>}
                </td>
                <td>{event.note ?? '—'}</td>
              </tr>
            ))}
        </DataTable>
      )}
    </section>
  );
}
