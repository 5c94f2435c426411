/** What a calendar form says after submitting: the server's refusal, or a polite success notice. */
import { ErrorAlert } from '../../components/ErrorAlert';
import { Notice } from '../../components/Notice';

export function FormMessages({ error, notice }: { error: unknown; notice: string | null | undefined }) {
  return (
    <>
      <ErrorAlert error={error} />
      {notice && (
        <Notice color="success" live>
          {notice}
        </Notice>
      )}
    </>
  );
}
