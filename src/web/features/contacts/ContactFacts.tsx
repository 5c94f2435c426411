/**
 * The facts of a contact as a definition list: desk, time, channel, tickets,
 * the person (or the anonymous profile), who came, how they heard of the
 * desk, language, operators, and who recorded it.
 */
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactView } from '../../../shared/schemas/contacts';
import { formatClock, formatMoment, personName } from '../people/format';
import { useTerms } from '../vocabularies/useTerms';
import { JointBadge } from './JointBadge';
import { languageName } from './languages';
import { useDeskTimeZone } from './useDeskTimeZone';

export function ContactFacts({ contact }: { contact: ContactView }) {
  const { t, i18n } = useTranslation();
  const terms = useTerms();
  const language = i18n.language;
  const timeZone = useDeskTimeZone(contact.deskId);
  const time = contact.endedAt
    ? `${formatClock(contact.startedAt, language, timeZone)}–${formatClock(contact.endedAt, language, timeZone)}`
    : formatClock(contact.startedAt, language, timeZone);
  const { profile } = contact;
  const rows: [string, ReactNode][] = [
    [t('contacts.desk'), contact.deskName],
    [t('contacts.time'), time],
    [t('contacts.channel'), t(`contacts.channels.${contact.channel}`)],
    [t('contacts.tickets'), contact.ticketCodes.join(', ') || '—'],
    [
      t('contacts.person'),
      contact.person ? (
        <Link key="person" to={`/persone/${contact.person.id}`}>
          {personName(contact.person) || t('people.anonymised')}
        </Link>
      ) : (
        t('contacts.anonymous')
      ),
    ],
    [
      t('contacts.profile'),
      [
        profile.ageBand === 'unknown'
          ? t('people.unknownAge')
          : t('people.ageBandValue', { band: profile.ageBand }),
        t(`people.sexes.${profile.sex}`),
        profile.municipalityName ?? t('people.unknownMunicipality'),
        t(`people.citizenshipGroups.${profile.citizenshipGroup}`),
      ].join(' · '),
    ],
    [t('contacts.visitorType'), terms.label('visitor_type', contact.visitorType)],
    [t('contacts.heardFrom'), contact.heardFrom ? terms.label('heard_from', contact.heardFrom) : '—'],
    [
      t('contacts.language'),
      `${languageName(contact.language, language)}${contact.interpreter ? ` · ${t('contacts.withInterpreter')}` : ''}`,
    ],
    [
      t('contacts.operators'),
      <Fragment key="operators">
        {contact.operators.map((operator) => `${operator.name} (${operator.organisationName})`).join(', ')}
        {contact.isJoint && (
          <>
            {' '}
            <JointBadge />
          </>
        )}
      </Fragment>,
    ],
    [
      t('contacts.recorded'),
      t('contacts.recordedBy', {
        who: contact.createdByName ?? '—',
        when: formatMoment(contact.createdAt, language),
      }),
    ],
  ];
  return (
    <dl className="row mb-0">
      {rows.map(([label, value]) => (
        <div key={label} className="col-12 col-md-6 col-lg-4 mb-3">
          <dt>{label}</dt>
          <dd className="mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
