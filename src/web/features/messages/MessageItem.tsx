/** One message: sender and organisation, when, about whom, the text, and "mark as read" while unread. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MessageView } from '../../../shared/schemas/people';
import { BusyButton } from '../../components/BusyButton';
import { useSession } from '../../session/session';
import { formatMoment } from '../people/format';

export function MessageItem({ message, onRead }: { message: MessageView; onRead: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [isBusy, setBusy] = useState(false);
  const isUnread = message.readAt === null;
  const from = t('messages.from', { name: message.fromName, organisation: message.fromOrganisation });

  const read = async () => {
    setBusy(true);
    try {
      await onRead();
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className={`card card-bg shadow-sm mb-3${isUnread ? ' border-start border-primary border-4' : ''}`}
      aria-label={from}
    >
      <div className="card-body">
        <h2 className="h5 card-title">
          {isUnread && (
            <>
              <span className="badge bg-primary">{t('messages.unread')}</span>{' '}
            </>
          )}
          {from}
        </h2>
        <p className="small text-muted mb-2">
          {formatMoment(message.createdAt, i18n.language)}
          {message.readAt &&
            ` · ${t('messages.readAt', { when: formatMoment(message.readAt, i18n.language) })}`}
        </p>
        {message.personName && (
          <p className="mb-2">
            {t('messages.about')}{' '}
            {message.personId && can('person.read') ? (
              <Link to={`/persone/${message.personId}`}>{message.personName}</Link>
            ) : (
              message.personName
            )}
            {message.contactId && can('contact.read') && (
              <>
                {' · '}
                <Link to={`/contatti/${message.contactId}`}>{t('messages.openContact')}</Link>
              </>
            )}
          </p>
        )}
        <p className="mb-3" style={{ whiteSpace: 'pre-line' }}>
          {message.body}
        </p>
        {isUnread && (
          <BusyButton type="button" size="sm" outline isBusy={isBusy} onClick={() => void read()}>
            {t('messages.markRead')}
            <span className="visually-hidden"> {from}</span>
          </BusyButton>
        )}
      </div>
    </article>
  );
}
