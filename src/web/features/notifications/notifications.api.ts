/** My in-app notifications about referrals (received, moved, overdue) and the unread count. */
import { useQuery } from '@tanstack/react-query';
import type { NotificationList, NotificationView } from '../../../shared/schemas/referrals';
import { api } from '../../api/client';
import { useSession } from '../../session/session';

export const NOTIFICATIONS_QUERY = ['notifications'] as const;

export const listNotifications = () => api.get<NotificationList>('/api/notifications');
export const markNotificationRead = (id: string) =>
  api.post<NotificationView>(`/api/notifications/${id}/read`);

/** Shared by the header's count and the list page; looked at again every minute. */
export function useNotifications() {
  const { user, can } = useSession();
  return useQuery({
    queryKey: NOTIFICATIONS_QUERY,
    queryFn: listNotifications,
    enabled: user !== null && can('notification.read'),
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}
