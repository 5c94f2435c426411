/** Referrals (invii) and bounces: the calls the inbox, the referral page, the send dialog and the person page make. */
import type { ReferralStatus } from '../../../shared/referrals';
import type {
  BounceList,
  ReferralInput,
  ReferralList,
  ReferralMove,
  ReferralView,
} from '../../../shared/schemas/referrals';
import { api } from '../../api/client';

export const REFERRALS_QUERY = ['referrals'] as const;
export const BOUNCES_QUERY = ['bounces'] as const;
export const referralQuery = (id: string) => [...REFERRALS_QUERY, 'one', id] as const;

export type ReferralBox = 'inbox' | 'sent';

export interface ReferralFilters {
  box: ReferralBox;
  status?: ReferralStatus;
  overdueOnly?: boolean;
  personId?: string;
}

export const listReferrals = (filters: ReferralFilters) =>
  api.get<ReferralList>('/api/referrals', {
    box: filters.box,
    status: filters.status,
    overdueOnly: filters.overdueOnly ? 'true' : undefined,
    personId: filters.personId,
  });
export const getReferral = (id: string) => api.get<ReferralView>(`/api/referrals/${id}`);
export const createReferral = (input: ReferralInput) => api.post<ReferralView>('/api/referrals', input);
export const moveReferral = (id: string, move: ReferralMove) =>
  api.post<ReferralView>(`/api/referrals/${id}/move`, move);

export const listBounces = (filters: { deskId?: string; personId?: string }) =>
  api.get<BounceList>('/api/bounces', filters);

/** Overdue first, then newest first: what needs an answer is on top. */
export function byUrgencyOfAnswer<T extends { overdue: boolean; createdAt: string }>(list: T[]): T[] {
  return [...list].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || b.createdAt.localeCompare(a.createdAt),
  );
}
