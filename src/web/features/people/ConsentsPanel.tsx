/**
 * The person's consents: the latest answer per kind with who recorded it,
 * when and how, and a form to record a new answer or a withdrawal.
 * Withdrawing the consent to record data erases their identifying data, so
 * that one is confirmed first with the consequence said plainly.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_KINDS } from '../../../shared/contacts';
import type { ConsentInput, PersonView } from '../../../shared/schemas/people';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { ConsentForm } from './ConsentForm';
import { formatMoment } from './format';
import { personQuery, recordConsent, timelineQuery } from './people.api';

export function ConsentsPanel({ person, canManage }: { person: PersonView; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ConsentInput | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const save = async (answer: ConsentInput) => {
    const view = await recordConsent(person.id, answer);
    queryClient.setQueryData(personQuery(person.id), view);
    await queryClient.invalidateQueries({ queryKey: timelineQuery(person.id) });
    setNotice(t('people.consentSaved', { kind: t(`people.consentKinds.${answer.kind}`) }));
  };

  /** Withdrawing the consent to record waits for the confirmation; anything else is saved at once. */
  const submit = async (answer: ConsentInput) => {
    setNotice(null);
    if (answer.kind === 'record_data' && !answer.granted) {
      setPending(answer);
      return;
    }
    await save(answer);
  };

  return (
    <section aria-labelledby="person-consents" className="mb-5">
      <h2 id="person-consents" className="h3">
        {t('people.consentsTitle')}
      </h2>
      <DataTable
        caption={t('people.consentsCaption')}
        size="sm"
        columns={[
          t('people.consentKind'),
          t('people.consentAnswer'),
          t('people.consentRecorded'),
          t('people.consentMethod'),
        ]}
      >
        {CONSENT_KINDS.map((kind) => {
          const event = person.consents[kind];
          return (
            <tr key={kind}>
              <th scope="row">{t(`people.consentKinds.${kind}`)}</th>
              <td>
                {event ? t(event.granted ? 'people.granted' : 'people.notGranted') : t('people.neverAsked')}
              </td>
              <td>
                {event
                  ? t('people.recordedBy', {
                      when: formatMoment(event.recordedAt, i18n.language),
                      who: event.recordedByName ?? t('people.unknown'),
                    })
                  : '—'}
                {event?.note && <div className="small text-muted">{event.note}</div>}
              </td>
              <td>{event ? t(`people.consentMethods.${event.method}`) : '—'}</td>
            </tr>
          );
        })}
      </DataTable>
      {notice && (
        <Notice color="success" live>
          {notice}
        </Notice>
      )}
      {canManage && <ConsentForm onSubmit={submit} />}
      <ConfirmDialog
        isOpen={pending !== null}
        title={t('people.withdrawRecordTitle')}
        confirmLabel={t('people.withdrawRecordConfirm')}
        onConfirm={async () => {
          if (pending) await save(pending);
          setPending(null);
        }}
        onCancel={() => setPending(null)}
      >
        {t('people.withdrawRecordWarning')}
      </ConfirmDialog>
    </section>
  );
}
