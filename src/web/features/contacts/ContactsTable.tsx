/**
 * A desk's contacts: when, which tickets, who (or "anonymous"), the areas and
 * outcomes, whether both organisations took part, and the operators.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeskView } from '../../../shared/schemas/accounts';
import type { ContactListItem } from '../../../shared/schemas/contacts';
import { DataTable } from '../../components/DataTable';
import { formatTime } from '../../i18n/format';
import { formatDate } from '../people/format';
import { useTerms } from '../vocabularies/useTerms';
import type { ContactFilters } from './contacts.api';
import { JointBadge } from './JointBadge';

/** Each area or outcome once, however many requests share it. */
const unique = (codes: string[]) => [...new Set(codes)];

export interface ContactsTableProps {
  contacts: ContactListItem[];
  desk: DeskView;
  filters: ContactFilters;
}

export function ContactsTable({ contacts, desk, filters }: ContactsTableProps) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  const isOneDay = filters.from === filters.to;
  if (contacts.length === 0) return <p role="status">{t('contacts.empty')}</p>;
  const when = (contact: ContactListItem) => {
    const time = formatTime(contact.startedAt, i18n.language, desk.timezone);
    return isOneDay ? time : `${formatDate(contact.date, i18n.language)} ${time}`;
  };
  return (
    <DataTable
      caption={t('contacts.caption', { count: contacts.length, desk: desk.name })}
      columns={[
        t('contacts.when'),
        t('contacts.tickets'),
        t('contacts.person'),
        t('contacts.areas'),
        t('contacts.outcomes'),
        t('contacts.operators'),
        t('common.actions'),
      ]}
    >
      {contacts.map((contact) => {
        const name = `${when(contact)} ${contact.personName ?? t('contacts.anonymous')}`;
        return (
          <tr key={contact.id}>
            <td>
              {when(contact)}
              <div className="small text-muted">{t(`contacts.channels.${contact.channel}`)}</div>
            </td>
            <td>{contact.ticketCodes.join(', ') || '—'}</td>
            <th scope="row">
              {contact.personId && contact.personName ? (
                <Link to={`/persone/${contact.personId}`}>{contact.personName}</Link>
              ) : (
                <span className="fst-italic">{t('contacts.anonymous')}</span>
              )}
            </th>
            <td>
              {unique(contact.areaCodes)
                .map((code) => terms.label('area', code))
                .join(', ')}
            </td>
            <td>
              {unique(contact.outcomeCodes)
                .map((code) => terms.label('outcome', code))
                .join(', ')}
            </td>
            <td>
              {contact.operatorNames.join(', ')}
              {contact.isJoint && (
                <>
                  {' '}
                  <JointBadge />
                </>
              )}
            </td>
            <td>
              <Link className="btn btn-outline-primary btn-xs" to={`/contatti/${contact.id}`}>
                {t('contacts.open')}
                <span className="visually-hidden"> {name}</span>
              </Link>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
