/**
 * The person's history, newest first: contacts at the desks (with their
 * requests, outcomes and notes), care relations past and present, every
 * consent answer, and the merges that touched the record. Loaded on its own:
 * the timeline is a separate audited read.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PersonTimeline } from '../../../shared/schemas/contacts';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { ContactHistoryItem } from '../contacts/ContactHistoryItem';
import { formatDate, formatMoment } from './format';
import { getTimeline, timelineQuery } from './people.api';

export function PersonTimelineSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const timeline = useQuery({ queryKey: timelineQuery(personId), queryFn: () => getTimeline(personId) });
  return (
    <section aria-labelledby="person-timeline" className="mt-5">
      <h2 id="person-timeline" className="h3">
        {t('people.timelineTitle')}
      </h2>
      <ErrorAlert error={timeline.error} />
      {timeline.isPending && <Loading />}
      {timeline.data && <TimelineBody timeline={timeline.data} />}
    </section>
  );
}

function TimelineBody({ timeline }: { timeline: PersonTimeline }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="h4 mt-4">{t('people.contactsTitle', { count: timeline.contacts.length })}</h3>
      {timeline.contacts.length === 0 ? (
        <p>{t('people.noContacts')}</p>
      ) : (
        <ol className="list-unstyled">
          {timeline.contacts.map((contact) => (
            <li key={contact.id}>
              <ContactHistoryItem contact={contact} />
            </li>
          ))}
        </ol>
      )}
      <CareHistory relations={timeline.careRelations} />
      <ConsentHistory events={timeline.consentHistory} />
      <MergeHistory merges={timeline.merges} />
    </>
  );
}

function CareHistory({ relations }: { relations: PersonTimeline['careRelations'] }) {
  const { t, i18n } = useTranslation();
  if (relations.length === 0) return null;
  return (
    <>
      <h3 className="h4 mt-4">{t('people.careHistoryTitle')}</h3>
      <DataTable
        caption={t('people.careHistoryCaption')}
        size="sm"
        columns={[t('care.service'), t('care.organisation'), t('care.caseWorker'), t('care.period')]}
      >
        {relations.map((relation) => (
          <tr key={relation.id}>
            <th scope="row">{relation.serviceName}</th>
            <td>{relation.organisationName}</td>
            <td>{relation.caseWorkerName}</td>
            <td>
              {formatDate(relation.startDate, i18n.language)} – {formatDate(relation.endDate, i18n.language)}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function ConsentHistory({ events }: { events: PersonTimeline['consentHistory'] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return null;
  return (
    <>
      <h3 className="h4 mt-4">{t('people.consentHistoryTitle')}</h3>
      <DataTable
        caption={t('people.consentHistoryCaption')}
        size="sm"
        columns={[
          t('people.when'),
          t('people.consentKind'),
          t('people.consentAnswer'),
          t('people.consentMethod'),
          t('people.recordedByColumn'),
        ]}
      >
        {events.map((event) => (
          <tr key={event.id}>
            <td>{formatMoment(event.recordedAt, i18n.language)}</td>
            <th scope="row">{t(`people.consentKinds.${event.kind}`)}</th>
            <td>
              {t(event.granted ? 'people.granted' : 'people.notGranted')}
              {event.note && <div className="small text-muted">{event.note}</div>}
            </td>
            <td>{t(`people.consentMethods.${event.method}`)}</td>
            <td>{event.recordedByName ?? '—'}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function MergeHistory({ merges }: { merges: PersonTimeline['merges'] }) {
  const { t, i18n } = useTranslation();
  if (merges.length === 0) return null;
  return (
    <>
      <h3 className="h4 mt-4">{t('people.mergeHistoryTitle')}</h3>
      <ul>
        {merges.map((merge) => (
          <li key={merge.id}>
            {t('people.mergeLine', {
              merged: merge.mergedName,
              kept: merge.keptName,
              when: formatMoment(merge.mergedAt, i18n.language),
              who: merge.mergedByName ?? '—',
            })}
            {merge.undoneAt &&
              ` ${t('people.mergeUndoneLine', {
                when: formatMoment(merge.undoneAt, i18n.language),
                who: merge.undoneByName ?? '—',
              })}`}
          </li>
        ))}
      </ul>
    </>
  );
}
