/** The pilot's indicators: the report for a period and filters, the drill-down list, pilots and feedback comments. */
import type {
  DrillDownList,
  DrillDownQuery,
  FeedbackComment,
  IndicatorQuery,
  IndicatorReport,
  Pilot,
} from '../../../shared/schemas/indicators';
import { api } from '../../api/client';

export const INDICATORS_QUERY = ['indicators'] as const;
export const PILOTS_QUERY = ['pilots'] as const;

export const getIndicators = (query: IndicatorQuery) =>
  api.get<IndicatorReport>('/api/indicators', { ...query });
/** An audited read: the server records who listed which contacts. */
export const drillDown = (body: DrillDownQuery) => api.post<DrillDownList>('/api/indicators/drilldown', body);
export const listPilots = () => api.get<{ pilots: Pilot[] }>('/api/pilots').then((list) => list.pilots);
export const listFeedbackComments = (query: Pick<IndicatorQuery, 'from' | 'to' | 'deskId'>) =>
  api.get<FeedbackComment[]>('/api/feedback/comments', { ...query });
