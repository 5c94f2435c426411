/**
 * Change notifications between the parts of the server, and between server
 * processes: "something changed at this desk, look again". They carry ids
 * only, never data. In one process (SQLite) they go through an event emitter;
 * on PostgreSQL through LISTEN/NOTIFY, so every process hears every change.
 */
import { EventEmitter } from 'node:events';

export interface DeskChange {
  tenantId: string;
  deskId: string;
  /** Only set when the change was a ticket call or recall: the display chimes. */
  isCall?: boolean;
}

export type Listener = (change: DeskChange | 'resync') => void;

export interface EventBus {
  publish(change: DeskChange): void;
  /** Returns the function that unsubscribes. 'resync' means: changes may have been missed, reload. */
  subscribe(listener: Listener): () => void;
  close(): Promise<void>;
}

export const CHANNEL = 'sportello_desk_changes';

/** Delivers to this process's listeners. */
class Fanout {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  emit(change: DeskChange | 'resync') {
    this.emitter.emit('change', change);
  }
  subscribe(listener: Listener) {
    this.emitter.on('change', listener);
    return () => {
      this.emitter.off('change', listener);
    };
  }
  clear() {
    this.emitter.removeAllListeners();
  }
}

/** One process: an in-memory emitter. */
export function localBus(): EventBus {
  const fanout = new Fanout();
  return {
    publish: (change) => fanout.emit(change),
    subscribe: (listener) => fanout.subscribe(listener),
    close: async () => fanout.clear(),
  };
}

export interface NotifyTransport {
  notify(channel: string, payload: string): Promise<void>;
  /** Start listening; onMessage gets payloads, onReconnect is called after a lost connection is back. */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onReconnect: () => void,
  ): Promise<() => Promise<void>>;
}

/** Several processes: NOTIFY on publish, one LISTEN connection per process fanned out in memory. */
export function notifyBus(transport: NotifyTransport): EventBus {
  const fanout = new Fanout();
  let listening: Promise<() => Promise<void>> | undefined;
  const onMessage = (payload: string) => {
    try {
      fanout.emit(JSON.parse(payload) as DeskChange);
    } catch {
      // A payload we did not write: ignore it.
    }
  };
  return {
    publish: (change) => {
      // If the notification cannot be sent, tell local listeners to reload rather than stay stale.
      transport.notify(CHANNEL, JSON.stringify(change)).catch(() => fanout.emit('resync'));
    },
    subscribe: (listener) => {
      listening ??= transport.listen(CHANNEL, onMessage, () => fanout.emit('resync'));
      return fanout.subscribe(listener);
    },
    close: async () => {
      fanout.clear();
      if (listening) await (await listening)();
    },
  };
}
