/**
 * /contatti/:id: one contact as recorded: when and where, who came and for
 * whom, the requests and outcomes, the operators, the notes; a way to add a
 * note and (for the desk) to correct the contact.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ContactView } from '../../../shared/schemas/contacts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FlashNotice } from '../../components/FlashNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatLongDate } from '../../i18n/format';
import { useSession } from '../../session/session';
import { ContactReferrals } from '../referrals/ContactReferrals';
import { ReferRequestButton } from '../referrals/ReferRequestButton';
import { ContactFacts } from './ContactFacts';
import { contactQuery, getContact } from './contacts.api';
import { NoteForm } from './NoteForm';
import { NoteList } from './NoteList';
import { RequestList } from './RequestList';

export default function ContactPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const contact = useQuery({ queryKey: contactQuery(id), queryFn: () => getContact(id) });
  const title = contact.data
    ? t('contacts.detailTitle', { day: formatLongDate(contact.data.date, i18n.language) })
    : t('contacts.detailTitleLoading');
  return (
    <>
      <PageHeading title={title} />
      <FlashNotice />
      <ErrorAlert error={contact.error} />
      {contact.isPending && <Loading />}
      {contact.data && <ContactDetail contact={contact.data} />}
    </>
  );
}

function ContactDetail({ contact }: { contact: ContactView }) {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <div className="d-flex flex-wrap gap-2 mb-4">
        {can('contact.record') && (
          <Link className="btn btn-primary" to={`/contatti/${contact.id}/modifica`}>
            {t('contacts.edit')}
          </Link>
        )}
        <Link
          className="btn btn-outline-primary"
          to={`/contatti?deskId=${contact.deskId}&from=${contact.date}&to=${contact.date}`}
        >
          {t('contacts.backToList')}
        </Link>
      </div>
      <ContactFacts contact={contact} />
      <section aria-labelledby="contact-requests" className="mt-5">
        <h2 id="contact-requests" className="h3">
          {t('contacts.requestsTitle')}
        </h2>
        <RequestList
          requests={contact.requests}
          actions={
            contact.person && can('referral.send')
              ? (request) => <ReferRequestButton request={request} />
              : undefined
          }
        />
      </section>
      {contact.person && <ContactReferrals contactId={contact.id} personId={contact.person.id} />}
      <section aria-labelledby="contact-notes" className="mt-5">
        <h2 id="contact-notes" className="h3">
          {t('contacts.notesTitle')}
        </h2>
        <NoteList notes={contact.notes} hiddenNotes={contact.hiddenNotes} />
        {can('contact.record') && <NoteForm contactId={contact.id} />}
      </section>
    </>
  );
}
