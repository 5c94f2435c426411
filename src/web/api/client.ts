/**
 * The one way the web app talks to the server: JSON over fetch with the
 * session cookie, the UI language in Accept-Language, and the CSRF token on
 * every state-changing request. Tokens are bound to the session, so the token
 * is refreshed from GET /api/auth/session whenever the session changes, and
 * once more when the server says a token is stale. Never stores anything
 * beyond that token.
 */
import type { SessionView } from '../../shared/schemas/accounts';
import type { ErrorBody } from '../../shared/schemas/common';
import { syncServerClock } from '../components/useNow';
import { currentLanguage, i18n } from '../i18n';

export interface FieldProblem {
  field: string;
  message: string;
}

/** A reply the server refused: its stable code, its sentence (already in the user's language), its fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | null | undefined>;

interface Listeners {
  /** A session view arrived (after sign-in, sign-out, a token refresh). */
  session: (session: SessionView) => void;
  /** The server no longer knows this session (expired, ended elsewhere). */
  unauthenticated: (message: string) => void;
  /** A request went through: the server's idle timer restarted. */
  activity: () => void;
}

let csrfToken: string | null = null;
let isSignedIn = false;
const listeners: Listeners = { session: () => {}, unauthenticated: () => {}, activity: () => {} };

export function setApiListeners(next: Partial<Listeners>): void {
  Object.assign(listeners, next);
}

/** The current session and a fresh CSRF token bound to it. */
export async function fetchSession(): Promise<SessionView> {
  const session = await send<SessionView>('GET', '/api/auth/session');
  csrfToken = session.csrfToken;
  isSignedIn = session.user !== null;
  return session;
}

async function refreshSession(): Promise<SessionView> {
  const session = await fetchSession();
  listeners.session(session);
  return session;
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const isUnsafe = method !== 'GET';
  if (isUnsafe && csrfToken === null) await refreshSession();
  try {
    return await send<T>(method, path, body);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (isUnsafe && error.status === 403 && error.code === 'csrf')
      return retryWithFreshToken<T>(method, path, body);
    throw unauthenticatedReported(error);
  }
}

/**
 * A stale token: fetch a fresh one and try once more. The token is bound to
 * the session, so a session that ended meanwhile (idle timeout, signed out
 * elsewhere) shows up here first: then there is nothing to retry.
 */
async function retryWithFreshToken<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const wasSignedIn = isSignedIn;
  const session = await refreshSession();
  if (wasSignedIn && !session.user) {
    throw unauthenticatedReported(new ApiError(401, 'unauthenticated', i18n.t('errors.sessionExpired')));
  }
  try {
    return await send<T>(method, path, body);
  } catch (error) {
    throw error instanceof ApiError ? unauthenticatedReported(error) : error;
  }
}

function unauthenticatedReported(error: ApiError): ApiError {
  if (error.status === 401 && error.code === 'unauthenticated') listeners.unauthenticated(error.message);
  return error;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * One request as it is, no retry. The CSRF token is the staff session's unless
 * another is given (a paired device's, see device-client.ts).
 */
export async function send<T>(
  method: Method,
  path: string,
  body?: unknown,
  token: string | null = csrfToken,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && token) headers['X-CSRF-Token'] = token;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('errorsUi.network'));
  }
  syncServerClock(response.headers.get('x-server-time'));
  if (response.ok) {
    listeners.activity();
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
  throw await toApiError(response);
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
  if (!body || typeof body.message !== 'string') {
    return new ApiError(
      response.status,
      'unexpected',
      i18n.t('errorsUi.unexpected', { status: response.status }),
    );
  }
  return new ApiError(response.status, body.error ?? 'unexpected', body.message, body.fields ?? []);
}
