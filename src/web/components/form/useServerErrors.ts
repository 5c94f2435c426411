/**
 * A refused submission, kept for the form's alert, with the server's field
 * problems put on the matching fields (`admin.password`, `organisations.0.name`)
 * and focus on the first of them.
 */
import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';

export function useServerErrors<T extends FieldValues>(setError: UseFormSetError<T>) {
  const [error, setErrorState] = useState<unknown>(null);
  const report = useCallback(
    (caught: unknown) => {
      setErrorState(caught);
      if (!(caught instanceof ApiError)) return;
      caught.fields.forEach((problem, index) => {
        setError(
          problem.field as Path<T>,
          { type: 'server', message: problem.message },
          { shouldFocus: index === 0 },
        );
      });
    },
    [setError],
  );
  const clear = useCallback(() => setErrorState(null), []);
  return { error, report, clear };
}
