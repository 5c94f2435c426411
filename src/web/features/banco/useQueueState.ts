/**
 * The desk's queue as the server last pushed it: one GET for the first paint,
 * then the stream replaces it after every change. After a reconnection the
 * state is fetched again, in case a change fell in the gap.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueueState } from '../../../shared/schemas/queue';
import { useEventStream } from '../../api/useEventStream';
import { syncServerClock } from '../../components/useNow';
import { getQueue, queueQueryKey, queueStreamUrl } from './queue.api';

export function useQueueState(deskId: string) {
  const queryClient = useQueryClient();
  const queryKey = queueQueryKey(deskId);
  const query = useQuery({
    queryKey,
    queryFn: () => getQueue(deskId),
    // The stream keeps it fresh; a refetch happens only on reconnection or after an action.
    staleTime: Number.POSITIVE_INFINITY,
  });
  const canStream = query.isSuccess;
  const stream = useEventStream(
    canStream ? queueStreamUrl(deskId) : null,
    {
      queue: (data) => {
        syncServerClock((data as QueueState).status.now);
        queryClient.setQueryData(queryKey, data as QueueState);
      },
    },
    { onOpen: (isReconnect) => isReconnect && void queryClient.invalidateQueries({ queryKey }) },
  );
  return { query, state: query.data, isLive: !stream.isDown };
}
