/**
 * Domain errors: what went wrong in the domain's words, with an i18n key for
 * the sentence the user reads. Services throw these; only http/errors.ts maps
 * them to status codes.
 */

export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'rate_limited'
  | 'gone';

export interface FieldProblem {
  field: string;
  /** i18n key, e.g. validation.passwordCommon */
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
    /** A stable code for clients, when the kind alone is not enough (e.g. password_change_required). */
    readonly code: string = kind,
  ) {
    super(messageKey);
    this.name = 'DomainError';
  }
}

export const notFound = () => new DomainError('not_found', 'errors.notFound');
export const forbidden = (messageKey = 'errors.forbidden', code = 'forbidden') =>
  new DomainError('forbidden', messageKey, {}, [], code);
export const conflict = (messageKey = 'errors.conflict') => new DomainError('conflict', messageKey);
export const invalidField = (field: string, message: string) =>
  new DomainError('validation', 'errors.validation', {}, [{ field, message }]);
export const invalidFields = (fields: FieldProblem[]) =>
  new DomainError('validation', 'errors.validation', {}, fields);
