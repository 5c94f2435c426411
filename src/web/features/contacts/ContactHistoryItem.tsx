/** One contact in a person's history: when, where, how, who took part, what was asked and done, the notes. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactView } from '../../../shared/schemas/contacts';
import { formatLongDate } from '../../i18n/format';
import { useSession } from '../../session/session';
import { formatClock } from '../people/format';
import { JointBadge } from './JointBadge';
import { NoteList } from './NoteList';
import { RequestList } from './RequestList';
import { useDeskTimeZone } from './useDeskTimeZone';

export function ContactHistoryItem({ contact }: { contact: ContactView }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const timeZone = useDeskTimeZone(contact.deskId);
  const day = formatLongDate(contact.date, i18n.language);
  return (
    <article className="card card-bg shadow-sm mb-3" aria-label={t('contacts.contactOf', { day })}>
      <div className="card-body">
        <h4 className="h5 card-title text-capitalize-first">
          {day}, {formatClock(contact.startedAt, i18n.language, timeZone)} · {contact.deskName}
        </h4>
        <p className="small mb-2">
          {t(`contacts.channels.${contact.channel}`)}
          {contact.ticketCodes.length > 0 && ` · ${t('contacts.tickets')}: ${contact.ticketCodes.join(', ')}`}
          {' · '}
          {contact.operators.map((operator) => `${operator.name} (${operator.organisationName})`).join(', ')}
          {contact.isJoint && (
            <>
              {' '}
              <JointBadge />
            </>
          )}
        </p>
        <RequestList requests={contact.requests} />
        {(contact.notes.length > 0 || contact.hiddenNotes > 0) && (
          <div className="mt-3">
            <NoteList notes={contact.notes} hiddenNotes={contact.hiddenNotes} />
          </div>
        )}
        {can('contact.read') && (
          <Link className="btn btn-outline-primary btn-xs mt-3" to={`/contatti/${contact.id}`}>
            {t('contacts.open')}
            <span className="visually-hidden"> {t('contacts.contactOf', { day })}</span>
          </Link>
        )}
      </div>
    </article>
  );
}
