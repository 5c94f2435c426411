/** Add a note to a contact, confidential (only my organisation reads it) or not. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NoteInput } from '../../../shared/schemas/contacts';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldFrame } from '../../components/form/FieldFrame';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Notice } from '../../components/Notice';
import { addNote, CONTACTS_QUERY, contactQuery } from './contacts.api';

type Values = z.input<typeof NoteInput>;

export function NoteForm({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof NoteInput>>({
    resolver: zodResolver(NoteInput),
    defaultValues: { body: '', confidential: false },
  });
  const server = useServerErrors(form.setError);

  const submit = form.handleSubmit(async (input) => {
    server.clear();
    setNotice(null);
    try {
      const view = await addNote(contactId, input);
      queryClient.setQueryData(contactQuery(contactId), view);
      await queryClient.invalidateQueries({ queryKey: CONTACTS_QUERY });
      form.reset({ body: '', confidential: false });
      setNotice(t('contacts.noteAdded'));
    } catch (caught) {
      server.report(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="mt-4">
      <h3 id={`${id}-title`} className="h5">
        {t('contacts.addNote')}
      </h3>
      <ErrorAlert error={server.error} />
      {notice && (
        <Notice color="success" live>
          {notice}
        </Notice>
      )}
      <FieldFrame
        className="form-group"
        label={t('contacts.noteBody')}
        labelClassName="active"
        error={form.formState.errors.body}
      >
        {(control) => (
          <textarea
            id={control.id}
            rows={4}
            className={`form-control${control.isInvalid ? ' is-invalid' : ''}`}
            aria-invalid={control.isInvalid}
            aria-describedby={control.describedBy}
            {...form.register('body')}
          />
        )}
      </FieldFrame>
      <div className="form-check mb-3">
        <input
          id={`${id}-confidential`}
          type="checkbox"
          aria-describedby={`${id}-confidential-hint`}
          {...form.register('confidential')}
        />
        <label htmlFor={`${id}-confidential`}>{t('contacts.confidentialLabel')}</label>
        <small id={`${id}-confidential-hint`} className="form-text d-block">
          {t('contacts.confidentialHint')}
        </small>
      </div>
      <BusyButton isBusy={form.formState.isSubmitting}>{t('contacts.saveNote')}</BusyButton>
    </form>
  );
}
