/**
 * What the waiting-room display shows, kept live: the state at load, then the
 * stream's `state` events; each `call` event (id = its sequence number, so a
 * reconnection catches up through Last-Event-ID) is the newest call, flashed
 * for a few seconds and announced with the chime — once, however it arrives.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { DisplayCall, DisplayState } from '../../../shared/schemas/queue';
import { useEventStream } from '../../api/useEventStream';
import { syncServerClock } from '../../components/useNow';
import { DISPLAY_STATE_QUERY, DISPLAY_STREAM_URL, getDisplayState } from '../device/device.api';

export const FLASH_MS = 12_000;

export function useDisplayFeed(onCall: (call: DisplayCall) => void) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: DISPLAY_STATE_QUERY,
    queryFn: getDisplayState,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const lastSeq = useRef<number | null>(null);
  const [flash, setFlash] = useState<DisplayCall | null>(null);

  // The calls made before this screen loaded are history, not news.
  if (lastSeq.current === null && query.data) lastSeq.current = query.data.current?.seq ?? 0;

  const stream = useEventStream(
    query.isSuccess ? DISPLAY_STREAM_URL : null,
    {
      state: (data) => {
        syncServerClock((data as DisplayState).now);
        queryClient.setQueryData(DISPLAY_STATE_QUERY, data as DisplayState);
      },
      call: (data) => {
        const call = data as DisplayCall;
        if (call.seq <= (lastSeq.current ?? 0)) return;
        lastSeq.current = call.seq;
        setFlash(call);
        onCall(call);
      },
    },
    {
      onOpen: (isReconnect) =>
        isReconnect && void queryClient.invalidateQueries({ queryKey: DISPLAY_STATE_QUERY }),
    },
  );

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  const state = query.data;
  const stateSeq = state?.current?.seq ?? 0;
  // A call event may arrive a moment before the state that includes it.
  const current = flash && flash.seq > stateSeq ? flash : (state?.current ?? null);
  return { query, state, current, flash, isLive: !stream.isDown };
}
