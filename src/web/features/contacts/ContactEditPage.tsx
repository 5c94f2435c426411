/**
 * /contatti/:id/modifica: correct a contact (who came, the requests and
 * outcomes, the operators). Saved with the version last seen; when another
 * operator saved first, what was typed stays, with the choice to save again
 * or reload what they saved.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../shared/schemas/contacts';
import { RecordForm } from '../../components/records/RecordForm';
import { type LoadedRecord, RecordFormPage } from '../../components/records/RecordFormPage';
import { useRouteRecord } from '../../components/records/useRouteRecord';
import { useVersionedSave } from '../../components/records/useVersionedSave';
import { formatLongDate } from '../../i18n/format';
import { CARE_QUERY, listCareRelations } from '../care/care.api';
import { ConflictChoice } from '../people/ConflictChoice';
import { ContactAboutFields } from './ContactAboutFields';
import { type ContactEdit, ContactEditInput, type ContactEditValues, contactValues } from './contactForm';
import { CONTACTS_QUERY, contactQuery, getContact, updateContact } from './contacts.api';
import { OperatorChecks } from './OperatorChecks';
import { RequestRows } from './RequestRows';

export default function ContactEditPage() {
  const { t, i18n } = useTranslation();
  const contact = useRouteRecord((id) => ({ queryKey: contactQuery(id), queryFn: () => getContact(id) }));
  return (
    <RecordFormPage
      title={t('contacts.editTitle')}
      lead={contact.data && `${formatLongDate(contact.data.date, i18n.language)} · ${contact.data.deskName}`}
      record={contact}
    >
      {(loaded) => loaded.record && <ContactEditForm {...loaded} record={loaded.record} />}
    </RecordFormPage>
  );
}

function ContactEditForm({ record: contact, reload }: LoadedRecord<ContactView> & { record: ContactView }) {
  const { t } = useTranslation();
  const personId = contact.person?.id;
  const care = useQuery({
    queryKey: [...CARE_QUERY, { personId, activeOnly: true }],
    queryFn: () => listCareRelations({ personId, activeOnly: true }),
    enabled: Boolean(personId),
  });
  const form = useForm<ContactEditValues, unknown, ContactEdit>({
    resolver: zodResolver(ContactEditInput),
    defaultValues: contactValues(contact),
  });
  const save = useVersionedSave({
    form,
    record: contact,
    reload,
    /** On a conflict the typed values stay; the fresh version comes with the reloaded record. */
    valuesOf: () => form.getValues(),
    create: () => Promise.reject(new Error('contacts are created at the desk')),
    update: updateContact,
    listQuery: CONTACTS_QUERY,
    listPath: `/contatti/${contact.id}`,
    savedMessage: () => t('contacts.saved'),
  });

  return (
    <RecordForm save={save}>
      <ConflictChoice error={save.error} onReload={() => form.reset(contactValues(contact))} />
      <ContactAboutFields form={form} contact={contact} />
      <RequestRows form={form} careRelations={care.data?.relations ?? []} />
      <OperatorChecks form={form} operators={contact.operators} />
    </RecordForm>
  );
}
