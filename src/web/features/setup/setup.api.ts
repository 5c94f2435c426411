/** First-run setup: check the link, then create tenant, organisations and administrator. */
import type { SetupInput, SetupStatus } from '../../../shared/schemas/accounts';
import { api } from '../../api/client';

export const fetchSetupStatus = (token: string) => api.get<SetupStatus>('/api/setup', { token });
export const completeSetup = (input: SetupInput) => api.post<{ ok: true }>('/api/setup', input);

/** The token travels in the URL fragment (`/setup#token=…`), which never reaches a server log. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}
