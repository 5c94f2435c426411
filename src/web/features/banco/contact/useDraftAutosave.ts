/**
 * The form kept as a draft on the server while it is filled in: ~800 ms
 * after the last change, only when something changed, one write at a time.
 * Closing the form writes what is pending; saving the contact first writes
 * what is pending, then pauses (the save deletes the draft, and a late write
 * must not bring it back). A failed write is retried with the next change.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { DRAFTS_QUERY, putDraft } from '../contacts.api';
import type { ContactFormValues, ContactOutput } from './contactForm';

const DELAY_MS = 800;

export interface DraftAutosave {
  /** When the draft was last written (ISO instant), if ever. */
  savedAt: string | null;
  /** The last write failed. */
  hasFailed: boolean;
  /** Write now whatever is pending; resolves when written. */
  flush: () => Promise<void>;
  pause: () => void;
  resume: () => void;
}

export function useDraftAutosave(
  form: UseFormReturn<ContactFormValues, unknown, ContactOutput>,
  initialSavedAt: string | null,
): DraftAutosave {
  const queryClient = useQueryClient();
  const [savedAt, setSavedAt] = useState(initialSavedAt);
  const [hasFailed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const lastWritten = useRef(JSON.stringify(form.getValues()));
  const isPaused = useRef(false);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const values = form.getValues();
    const json = JSON.stringify(values);
    if (isPaused.current || json === lastWritten.current) return chain.current;
    lastWritten.current = json;
    chain.current = chain.current.then(async () => {
      try {
        const draft = await putDraft(values.draftKey, {
          deskId: values.deskId,
          body: values as unknown as Record<string, unknown>,
        });
        setSavedAt(draft.updatedAt);
        setFailed(false);
        void queryClient.invalidateQueries({ queryKey: DRAFTS_QUERY });
      } catch {
        lastWritten.current = '';
        setFailed(true);
      }
    });
    return chain.current;
  }, [form, queryClient]);

  useEffect(() => {
    const subscription = form.watch(() => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer.current) void flush();
    };
  }, [form, flush]);

  return {
    savedAt,
    hasFailed,
    flush,
    pause: () => {
      isPaused.current = true;
    },
    resume: () => {
      isPaused.current = false;
    },
  };
}
