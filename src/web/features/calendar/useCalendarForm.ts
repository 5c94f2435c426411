/**
 * A small calendar form (closure, extra opening, corrected times): the shared
 * zod schema checks it (the caller passes zodResolver(Schema)), the server's
 * refusal lands on its fields, and on success the calendar is fetched again
 * and a polite line says what changed.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type DefaultValues, type FieldValues, type Resolver, useForm } from 'react-hook-form';
import { useServerErrors } from '../../components/form/useServerErrors';
import { calendarQueryKey } from './calendar.api';

export interface CalendarFormOptions<TValues extends FieldValues, TInput> {
  deskId: string;
  resolver: Resolver<TValues, unknown, TInput>;
  defaultValues: DefaultValues<TValues>;
  submit: (input: TInput) => Promise<unknown>;
  /** The sentence said after a save. */
  done: (input: TInput) => string;
  /** After a save, with the sentence said (e.g. close the dialog and say it on the page). */
  onSaved?: (notice: string) => void;
}

export function useCalendarForm<TValues extends FieldValues, TInput>({
  deskId,
  resolver,
  defaultValues,
  submit,
  done,
  onSaved,
}: CalendarFormOptions<TValues, TInput>) {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const form = useForm<TValues, unknown, TInput>({ resolver, defaultValues });
  const server = useServerErrors(form.setError);
  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    setNotice('');
    try {
      await submit(input);
      form.reset(defaultValues);
      const said = done(input);
      setNotice(said);
      onSaved?.(said);
      await queryClient.invalidateQueries({ queryKey: calendarQueryKey(deskId) });
    } catch (error) {
      server.report(error);
    }
  });
  return { form, onSubmit, error: server.error, notice, isBusy: form.formState.isSubmitting };
}

/** An optional text left blank is no text at all. */
export const emptyToNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value;
