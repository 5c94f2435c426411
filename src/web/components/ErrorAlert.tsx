/** A refused request or failed load, said in the server's own sentence (already in the user's language). */
import { Alert } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  return fallback;
}

export function ErrorAlert({ error, className }: { error: unknown; className?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="danger" role="alert" className={className} fade={false}>
      {errorMessage(error, t('errorsUi.unexpected', { status: '' }))}
    </Alert>
  );
}
