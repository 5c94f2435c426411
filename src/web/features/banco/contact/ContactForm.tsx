/**
 * The contact being recorded: the person, who came and how, the requests
 * with their outcomes, the rest of the visit, the operators and a note; kept
 * as a draft while it is filled in, saved with Ctrl+Enter. A refused save
 * leaves every value in place and puts the server's field problems next to
 * their fields (`requests.0.serviceName`, `personId`).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useFieldArray, useForm } from 'react-hook-form';
import type { MunicipalityView } from '../../../../shared/schemas/accounts';
import type { ContactDefaults, ContactSaved } from '../../../../shared/schemas/contacts';
import { useServerErrors } from '../../../components/form/useServerErrors';
import { useSession } from '../../../session/session';
import { DRAFTS_QUERY, personQueryKey, saveContact, timelineQueryKey } from '../contacts.api';
import { usePerson } from '../person/usePerson';
import { queueQueryKey } from '../queue.api';
import { ContactFormFooter } from './ContactFormFooter';
import { ContactFormHeader } from './ContactFormHeader';
import { cleanedForSave } from './cleanedForSave';
import {
  type ContactFormValues,
  type ContactOutput,
  contactResolver,
  emptyRequest,
  MAX_REQUESTS,
} from './contactForm';
import { DetailsSection } from './DetailsSection';
import { OperatorsField } from './OperatorsField';
import { PersonSection } from './PersonSection';
import { RequestsSection } from './RequestsSection';
import { SHORTCUTS, type Shortcut, useDocumentKeys } from './shortcuts';
import { useDraftAutosave } from './useDraftAutosave';
import { VisitFields } from './VisitFields';
import type { Vocabulary } from './vocabulary';

export interface ContactFormProps {
  title: string;
  initialValues: ContactFormValues;
  /** The defaults alone, for "start over" when a draft was resumed. */
  freshValues: ContactFormValues;
  draftSavedAt: string | null;
  defaults: ContactDefaults;
  vocabulary: Vocabulary;
  municipalities: MunicipalityView[];
  deskMunicipalityId: string | null;
  timezone: string;
  onSaved: (saved: ContactSaved) => void;
  onClose: () => void;
  onPersonChange: (personId: string | null) => void;
  /** The ticket was finished or handed on without this contact. */
  hasTicketEnded: boolean;
}

export function ContactForm(props: ContactFormProps) {
  const { initialValues, vocabulary } = props;
  const { user } = useSession();
  const queryClient = useQueryClient();
  const form = useForm<ContactFormValues, unknown, ContactOutput>({
    resolver: contactResolver,
    defaultValues: initialValues,
  });
  const requests = useFieldArray({ control: form.control, name: 'requests' });
  const server = useServerErrors(form.setError);
  const draft = useDraftAutosave(form, props.draftSavedAt);
  const [isNewPersonOpen, setNewPersonOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const personId = form.watch('personId');
  const person = usePerson(personId);
  const careRelations = (personId && person.data?.careRelations.filter((relation) => relation.active)) || [];
  const { onPersonChange } = props;

  useEffect(() => onPersonChange(personId), [personId, onPersonChange]);

  // The ticket ended without a contact: nothing typed, nothing to keep open; otherwise the header says so.
  const isDirty = form.formState.isDirty;
  const { hasTicketEnded, onClose } = props;
  useEffect(() => {
    if (hasTicketEnded && !isDirty) onClose();
  }, [hasTicketEnded, isDirty, onClose]);

  useLayoutEffect(() => {
    const element = formRef.current;
    const first =
      element?.querySelector<HTMLElement>('[data-autofocus]') ??
      element?.querySelector<HTMLElement>('[data-testid="request-0"] [role="radio"]');
    first?.focus();
  }, []);

  // Focus moves at once, in the same event (callers flush their state with flushSync first), so
  // nothing typed right after a click or a key lands on the wrong element.
  const focusSearch = () => searchRef.current?.focus();
  /** After the person is chosen the search box goes away: typing continues at the first request. */
  const focusRequests = () =>
    formRef.current?.querySelector<HTMLElement>('[data-testid="request-0"] [role="radio"]')?.focus();
  const isSaving = useRef(false);

  const addRequest = () => {
    if (requests.fields.length >= MAX_REQUESTS) return;
    requests.append(emptyRequest(), { focusName: `requests.${requests.fields.length}.areaCode` });
  };

  const save = form.handleSubmit(async (input) => {
    if (isSaving.current) return;
    isSaving.current = true;
    server.clear();
    await draft.flush();
    draft.pause();
    try {
      const saved = await saveContact(cleanedForSave(input, careRelations));
      void queryClient.invalidateQueries({ queryKey: queueQueryKey(input.deskId) });
      void queryClient.invalidateQueries({ queryKey: DRAFTS_QUERY });
      if (input.personId) {
        void queryClient.invalidateQueries({ queryKey: personQueryKey(input.personId) });
        void queryClient.invalidateQueries({ queryKey: timelineQueryKey(input.personId) });
      }
      props.onSaved(saved);
    } catch (error) {
      draft.resume();
      server.report(error);
    } finally {
      isSaving.current = false;
    }
  });

  const keyActions: [Shortcut, () => void][] = [
    [SHORTCUTS.save, () => void save()],
    [SHORTCUTS.addRequest, addRequest],
    [SHORTCUTS.searchPerson, () => !personId && focusSearch()],
    [SHORTCUTS.newPerson, () => !personId && setNewPersonOpen(true)],
    [SHORTCUTS.close, props.onClose],
  ];
  useDocumentKeys(keyActions);

  return (
    <form
      ref={formRef}
      className="contact-form"
      aria-labelledby="contact-form-title"
      noValidate
      data-testid="contact-form"
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        // Enter in a field does not save the contact by accident: saving is Ctrl+Enter or the button.
        const target = event.target as HTMLElement;
        if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && target.tagName === 'INPUT')
          event.preventDefault();
      }}
    >
      <ContactFormHeader
        title={props.title}
        operators={props.defaults.operators}
        operatorIds={form.watch('operatorIds')}
        draft={draft}
        timezone={props.timezone}
        onClose={props.onClose}
        hasTicketEnded={hasTicketEnded}
        onStartOver={
          props.draftSavedAt
            ? () => {
                flushSync(() => {
                  form.reset(props.freshValues);
                  server.clear();
                  setNewPersonOpen(false);
                });
                focusSearch();
              }
            : undefined
        }
      />
      <PersonSection
        form={form}
        municipalities={props.municipalities}
        deskMunicipalityId={props.deskMunicipalityId}
        searchRef={searchRef}
        isNewPersonOpen={isNewPersonOpen}
        onNewPersonOpen={setNewPersonOpen}
        focusSearch={focusSearch}
        focusRequests={focusRequests}
      />
      <RequestsSection
        form={form}
        fields={requests.fields}
        vocabulary={vocabulary}
        careRelations={careRelations}
        onAdd={addRequest}
        onRemove={(index) => {
          requests.remove(index);
          setTimeout(() => form.setFocus(`requests.${Math.max(0, index - 1)}.areaCode`), 0);
        }}
      />
      <VisitFields form={form} vocabulary={vocabulary} />
      <DetailsSection form={form} vocabulary={vocabulary} organisationName={user?.organisation.name ?? ''} />
      <OperatorsField form={form} operators={props.defaults.operators} />
      <ContactFormFooter
        isBusy={form.formState.isSubmitting}
        error={server.error}
        hasInvalidFields={form.formState.submitCount > 0 && Object.keys(form.formState.errors).length > 0}
      />
    </form>
  );
}
