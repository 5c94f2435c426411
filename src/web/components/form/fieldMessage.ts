/**
 * The sentence for a field error. Shared zod schemas carry i18n keys
 * ('validation.passwordTooShort'); the server sends sentences already worded
 * in the user's language; zod's own checks are worded by its locale.
 */
import { useTranslation } from 'react-i18next';

export interface MaybeFieldError {
  message?: string;
}

export function useFieldMessage(error: MaybeFieldError | undefined): string | undefined {
  const { t, i18n } = useTranslation();
  const message = error?.message;
  if (!message) return undefined;
  return i18n.exists(message) ? t(message) : message;
}

/** aria-describedby from the ids that exist. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean).join(' ');
  return present || undefined;
}
