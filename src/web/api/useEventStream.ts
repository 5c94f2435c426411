/**
 * A Server-Sent Events stream kept open while the component lives. The
 * browser's EventSource reconnects by itself after a dropped connection (and
 * sends Last-Event-ID for catch-up); when the server refused the stream
 * outright (the source is CLOSED) it is opened again here, a little later each
 * time. `onOpen` runs on every (re)connection, so the caller can refetch what
 * it may have missed. Only JSON payloads are expected. `isDown` turns true
 * only after a few seconds without a connection, so a screen does not flicker
 * "reconnecting" at every load or brief hiccup.
 */
import { useEffect, useRef, useState } from 'react';

export type StreamHandlers = Record<string, (data: unknown, event: MessageEvent<string>) => void>;

export interface StreamOptions {
  /** Runs when the stream opens, the first time and after every reconnection. */
  onOpen?: (isReconnect: boolean) => void;
}

const RETRY_MS = [2_000, 5_000, 10_000, 30_000];
const DOWN_AFTER_MS = 3_000;

export function useEventStream(url: string | null, handlers: StreamHandlers, options: StreamOptions = {}) {
  const [isConnected, setConnected] = useState(false);
  const [isDown, setDown] = useState(false);
  const latest = useRef({ handlers, options });
  latest.current = { handlers, options };
  const eventNames = Object.keys(handlers).sort().join(',');

  useEffect(() => {
    if (!url) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let hasOpened = false;
    let isStopped = false;
    let downTimer: ReturnType<typeof setTimeout> | undefined;
    const disconnected = () => {
      setConnected(false);
      if (downTimer === undefined) downTimer = setTimeout(() => setDown(true), DOWN_AFTER_MS);
    };

    const connect = () => {
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => {
        failures = 0;
        clearTimeout(downTimer);
        downTimer = undefined;
        setConnected(true);
        setDown(false);
        latest.current.options.onOpen?.(hasOpened);
        hasOpened = true;
      };
      source.onerror = () => {
        disconnected();
        if (source?.readyState !== EventSource.CLOSED || isStopped) return;
        source.close();
        const delay = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
        failures += 1;
        retry = setTimeout(connect, delay);
      };
      for (const name of eventNames.split(',')) {
        source.addEventListener(name, (event) => {
          const message = event as MessageEvent<string>;
          let data: unknown;
          try {
            data = JSON.parse(message.data);
          } catch {
            return;
          }
          latest.current.handlers[name]?.(data, message);
        });
      }
    };

    disconnected();
    connect();
    return () => {
      isStopped = true;
      clearTimeout(retry);
      clearTimeout(downTimer);
      source?.close();
      setConnected(false);
    };
  }, [url, eventNames]);

  return { isConnected, isDown };
}
