/** The person's previous contacts, newest first: date, areas and outcomes, each linking to the contact. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatLongDate } from '../../../i18n/format';
import { useVocabulary } from '../contact/vocabulary';
import { getTimeline, timelineQueryKey } from '../contacts.api';

const SHOWN = 5;

export function PreviousContacts({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const vocabulary = useVocabulary();
  const timeline = useQuery({ queryKey: timelineQueryKey(personId), queryFn: () => getTimeline(personId) });
  const contacts = timeline.data?.contacts ?? [];
  const distinct = (codes: string[]) => [...new Set(codes)];
  return (
    <section aria-labelledby="banco-person-contacts">
      <h3 id="banco-person-contacts" className="h6 mt-3">
        {t('personPanel.previousContacts')}
      </h3>
      <ErrorAlert error={timeline.error} />
      {timeline.isSuccess && contacts.length === 0 && (
        <p className="banco-ticket-meta">{t('personPanel.noContacts')}</p>
      )}
      <ul className="list-unstyled mb-0">
        {contacts.slice(0, SHOWN).map((contact) => (
          <li key={contact.id} className="previous-contact">
            <Link to={`/contatti/${contact.id}`} className="fw-semibold text-capitalize-first d-inline-block">
              {formatLongDate(contact.date, i18n.language)}
            </Link>
            <span className="d-block banco-ticket-meta">
              {t('personPanel.areas')}:{' '}
              {distinct(contact.requests.map((r) => r.areaCode))
                .map((code) => vocabulary.label('area', code))
                .join(', ')}
            </span>
            <span className="d-block banco-ticket-meta">
              {t('personPanel.outcomes')}:{' '}
              {distinct(contact.requests.map((r) => r.outcomeCode))
                .map((code) => vocabulary.label('outcome', code))
                .join(', ')}
            </span>
          </li>
        ))}
      </ul>
      {contacts.length > SHOWN && (
        <p className="banco-ticket-meta mt-1 mb-0">
          {t('personPanel.moreContacts', { count: contacts.length - SHOWN })}
        </p>
      )}
    </section>
  );
}
