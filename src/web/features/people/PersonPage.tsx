/**
 * /persone/:id: everything the desk knows of one person. Who they are, their
 * consents, whether a service already follows them, records that may be the
 * same person, and their history (contacts, consents, merges) newest first.
 * A merged or anonymised record says so before anything else.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PersonView } from '../../../shared/schemas/people';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FlashNotice } from '../../components/FlashNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session';
import { ConsentsPanel } from './ConsentsPanel';
import { formatMoment, personName } from './format';
import { InCarePanel } from './InCarePanel';
import { PersonIdentity } from './PersonIdentity';
import { PersonReferralsSection } from './PersonReferralsSection';
import { PersonTimelineSection } from './PersonTimelineSection';
import { PossibleDuplicates } from './PossibleDuplicates';
import { getPerson, personQuery } from './people.api';

export default function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = useQuery({ queryKey: personQuery(id), queryFn: () => getPerson(id) });
  const view = person.data;
  const title = view ? personName(view) || t('people.anonymised') : t('people.personTitle');

  return (
    <>
      <PageHeading title={title} />
      <FlashNotice />
      <ErrorAlert error={person.error} />
      {person.isPending && <Loading />}
      {view && <PersonRecord person={view} />}
    </>
  );
}

function PersonRecord({ person }: { person: PersonView }) {
  const { can } = useSession();
  const isClosed = Boolean(person.mergedIntoId || person.anonymisedAt);
  const canManage = can('person.manage') && !isClosed;
  return (
    <>
      <StatusNotices person={person} />
      <div className="row g-5">
        <div className="col-12 col-lg-7">
          <PersonIdentity person={person} canEdit={canManage} />
          <ConsentsPanel person={person} canManage={canManage} />
        </div>
        <div className="col-12 col-lg-5">
          <InCarePanel relations={person.careRelations} />
          <PossibleDuplicates duplicates={person.possibleDuplicates} />
        </div>
      </div>
      <PersonReferralsSection personId={person.id} />
      <PersonTimelineSection personId={person.id} />
    </>
  );
}

function StatusNotices({ person }: { person: PersonView }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {person.mergedIntoId && (
        <Notice color="warning">
          {t('people.mergedNotice')}{' '}
          <Link to={`/persone/${person.mergedIntoId}`}>{t('people.goToKept')}</Link>
        </Notice>
      )}
      {person.anonymisedAt && (
        <Notice color="warning">
          {t('people.anonymisedNotice', { when: formatMoment(person.anonymisedAt, i18n.language) })}
        </Notice>
      )}
      {!person.canRecord && !person.anonymisedAt && !person.mergedIntoId && (
        <Notice color="warning">{t('people.cannotRecord')}</Notice>
      )}
    </>
  );
}
