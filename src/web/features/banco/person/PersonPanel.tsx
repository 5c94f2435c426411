/**
 * The right of the desk screen while a contact is open: for an identified
 * person, "already in care" (service, organisation, case worker and their
 * work contact, never anything of the case), a notice when identified
 * contacts cannot be recorded for them, open referrals and bounces, their
 * previous contacts, and a link to their page. For an anonymous contact, a
 * line saying why to identify.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatShortDate } from '../contact/dates';
import { CareBanner } from './CareBanner';
import { OpenReferrals } from './OpenReferrals';
import { PreviousContacts } from './PreviousContacts';
import { usePerson } from './usePerson';

export function PersonPanel({ personId }: { personId: string | null }) {
  const { t, i18n } = useTranslation();
  const person = usePerson(personId);
  return (
    <aside
      className="card banco-person shadow-sm"
      aria-labelledby="banco-person-title"
      data-testid="person-panel"
    >
      <div className="card-body">
        <h2 id="banco-person-title" className="h5">
          {t('personPanel.title')}
        </h2>
        {!personId && <p className="mb-0 banco-ticket-meta">{t('personPanel.anonymous')}</p>}
        {personId && <ErrorAlert error={person.error} />}
        {person.data && (
          <>
            <p className="mb-1 fw-semibold">
              {person.data.familyName} {person.data.givenName}
            </p>
            <p className="banco-ticket-meta mb-2">
              {[
                person.data.birthDate && formatShortDate(person.data.birthDate, i18n.language),
                person.data.codiceFiscale,
                person.data.municipalityName,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {!person.data.canRecord && (
              <p className="alert alert-warning" role="note">
                {t('personPanel.cannotRecord')}
              </p>
            )}
            <CareBanner relations={person.data.careRelations.filter((relation) => relation.active)} />
            <OpenReferrals personId={person.data.id} />
            <PreviousContacts personId={person.data.id} />
            <Link to={`/persone/${person.data.id}`} className="d-inline-block mt-2">
              {t('personPanel.openPerson')}
            </Link>
          </>
        )}
      </div>
    </aside>
  );
}
