/**
 * Submitting a record form: create, or update with the version last seen;
 * then refresh the list and go back to it with a one-line "saved" message.
 * When someone else saved first (409 'conflict') the fresh record is loaded
 * into the form and the server's sentence stays on screen, so nothing is
 * overwritten unseen.
 */
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { BaseSyntheticEvent } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import { useServerErrors } from '../form/useServerErrors';

export interface Versioned {
  id: string;
  version: number;
}

export interface VersionedSaveOptions<
  TRecord extends Versioned,
  TValues extends FieldValues,
  TInput,
  TCreated,
> {
  form: UseFormReturn<TValues, unknown, TInput>;
  /** The record being edited; none for a new one. */
  record: TRecord | undefined;
  reload: () => Promise<TRecord | undefined>;
  valuesOf: (record: TRecord) => DefaultValues<NoInfer<TValues>>;
  create: (input: TInput) => Promise<TCreated>;
  update: (id: string, input: TInput & { version: number }) => Promise<unknown>;
  listQuery: QueryKey;
  listPath: string;
  savedMessage: (input: TInput) => string;
  /** Stay on the page after a create and do this instead (e.g. show a password given once). */
  onCreated?: (created: TCreated) => void;
}

/** What a record form needs: its submit handler, the refusal to show, whether it is saving, the list it returns to. */
export interface VersionedSave {
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  error: unknown;
  isBusy: boolean;
  listPath: string;
}

export function useVersionedSave<TRecord extends Versioned, TValues extends FieldValues, TInput, TCreated>({
  form,
  record,
  reload,
  valuesOf,
  create,
  update,
  listQuery,
  listPath,
  savedMessage,
  onCreated,
}: VersionedSaveOptions<TRecord, TValues, TInput, TCreated>): VersionedSave {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const server = useServerErrors(form.setError);

  /** Whether the page stays (a create handled by onCreated). */
  const save = async (input: TInput): Promise<boolean> => {
    if (record) {
      await update(record.id, { ...input, version: record.version });
      return false;
    }
    const created = await create(input);
    onCreated?.(created);
    return Boolean(onCreated);
  };

  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    try {
      const staysOnPage = await save(input);
      await queryClient.invalidateQueries({ queryKey: listQuery });
      if (!staysOnPage) await navigate(listPath, { state: { flash: savedMessage(input) } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        const fresh = await reload();
        if (fresh) form.reset(valuesOf(fresh));
      }
      server.report(error);
    }
  });

  return { onSubmit, error: server.error, isBusy: form.formState.isSubmitting, listPath };
}
