/** The desk's public information and launch campaign: contact details, tags, visit counts. */
import type {
  CampaignStats,
  CampaignStatsQuery,
  CampaignTag,
  CampaignTagInput,
  DeskPublicInfo,
  DeskPublicInfoInput,
} from '../../../shared/schemas/campaign';
import { api } from '../../api/client';

export const CAMPAIGN_QUERY = ['campaign'] as const;
export const publicInfoQuery = (deskId: string) => [...CAMPAIGN_QUERY, deskId, 'public-info'] as const;
export const tagsQuery = (deskId: string) => [...CAMPAIGN_QUERY, deskId, 'tags'] as const;
export const statsQuery = (deskId: string, period: CampaignStatsQuery) =>
  [...CAMPAIGN_QUERY, deskId, 'stats', period] as const;

const deskPath = (deskId: string) => `/api/desks/${encodeURIComponent(deskId)}`;

export const getPublicInfo = (deskId: string) => api.get<DeskPublicInfo>(`${deskPath(deskId)}/public-info`);
export const savePublicInfo = (deskId: string, input: DeskPublicInfoInput) =>
  api.put<DeskPublicInfo>(`${deskPath(deskId)}/public-info`, input);

export const listTags = async (deskId: string) =>
  (await api.get<{ tags: CampaignTag[] }>(`${deskPath(deskId)}/campaign/tags`)).tags;
export const createTag = (deskId: string, input: CampaignTagInput) =>
  api.post<CampaignTag>(`${deskPath(deskId)}/campaign/tags`, input);

export const getStats = (deskId: string, period: CampaignStatsQuery) =>
  api.get<CampaignStats>(`${deskPath(deskId)}/campaign/stats`, period);
