/**
 * My messages, shared by the messages page and the unread count shown
 * elsewhere; looked at again every minute while a page shows them, so a
 * message from the desk is noticed without reloading.
 */
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../session/session';
import { listMessages, MESSAGES_QUERY } from './messages.api';

export function useMessages() {
  const { can } = useSession();
  return useQuery({
    queryKey: MESSAGES_QUERY,
    queryFn: listMessages,
    enabled: can('message.read'),
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
}

/** How many of my messages are unread; 0 while unknown. */
export function useUnreadMessages(): number {
  return useMessages().data?.unread ?? 0;
}
