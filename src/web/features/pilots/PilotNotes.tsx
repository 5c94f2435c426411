/** The evaluators' notes of a pilot: my organisation's section to write, the others' to read. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Pilot, PilotNote } from '../../../shared/schemas/indicators';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextAreaField } from '../../components/form/TextAreaField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Notice } from '../../components/Notice';
import { PILOTS_QUERY, writeNotes } from './pilots.api';

function Updated({ note }: { note: PilotNote }) {
  const { t, i18n } = useTranslation();
  if (!note.updatedAt) return null;
  const at = new Date(note.updatedAt).toLocaleString(i18n.language);
  return <p className="form-text">{t('pilots.notesUpdated', { at, name: note.updatedByName ?? '—' })}</p>;
}

function MyNotes({ pilot, note }: { pilot: Pilot; note: PilotNote }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<{ body: string }>({ defaultValues: { body: note.body } });
  const server = useServerErrors(form.setError);
  const onSubmit = form.handleSubmit(async (values) => {
    server.clear();
    setSaved(false);
    try {
      await writeNotes(pilot.id, values);
      await queryClient.invalidateQueries({ queryKey: PILOTS_QUERY });
      setSaved(true);
    } catch (error) {
      server.report(error);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mb-3">
      <ErrorAlert error={server.error} />
      <TextAreaField
        label={t('pilots.notesOf', { organisation: note.organisationName })}
        hint={t('pilots.notesHint')}
        rows={5}
        registration={form.register('body')}
        error={form.formState.errors.body}
      />
      <Updated note={note} />
      <BusyButton isBusy={form.formState.isSubmitting}>{t('pilots.saveNotes')}</BusyButton>
      {saved && (
        <Notice color="success" live className="mt-3">
          {t('pilots.notesSaved')}
        </Notice>
      )}
    </form>
  );
}

export function PilotNotes({ pilot, organisationId }: { pilot: Pilot; organisationId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`notes-${pilot.id}`}>
      <h3 id={`notes-${pilot.id}`} className="h5">
        {t('pilots.notes')}
      </h3>
      {pilot.notes.map((note) =>
        note.organisationId === organisationId ? (
          <MyNotes key={note.organisationId} pilot={pilot} note={note} />
        ) : (
          <div key={note.organisationId} className="mb-3">
            <h4 className="h6">{t('pilots.notesOf', { organisation: note.organisationName })}</h4>
            <p className="text-pre-wrap" style={{ whiteSpace: 'pre-wrap' }}>
              {note.body || t('pilots.notesEmpty')}
            </p>
            <Updated note={note} />
          </div>
        ),
      )}
    </section>
  );
}
