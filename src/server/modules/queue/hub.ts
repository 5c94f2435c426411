/**
 * Live queue updates for this server process. Every open display and desk
 * screen registers here; when the bus says a desk changed (from this process
 * or, on PostgreSQL, any other), the hub reloads that desk once and pushes the
 * new state to each screen. Displays also get each new call as its own event,
 * numbered `<opening>/<seq>` so a reconnecting display catches up on what it
 * missed.
 */
import type { DisplayCall } from '../../../shared/schemas/queue';
import { isSessionLive } from '../../auth/auth.service';
import type { Actor, Ctx } from '../../context';
import type { EventBus } from '../../events/bus';
import type { EventStream } from '../../http/sse';
import { publicDesk } from '../desks/desks.service';
import { currentOpening } from '../desks/openings.service';
import { displayState, missedCalls, queueState } from './queue.views';

interface DeskChannel {
  tenantId: string;
  deskId: string;
  displays: Set<EventStream>;
  operators: Map<EventStream, Actor>;
  openingId: string | null;
  lastSeq: number;
  /** A reload is running; another change arrived meanwhile and needs one more. */
  running: Promise<void> | null;
  dirty: boolean;
}

const callId = (openingId: string, call: DisplayCall) => `${openingId}/${call.seq}`;

export class QueueHub {
  private readonly channels = new Map<string, DeskChannel>();
  private readonly unsubscribe: () => void;

  constructor(
    bus: EventBus,
    private readonly ctx: () => Ctx,
  ) {
    this.unsubscribe = bus.subscribe((change) => {
      if (change === 'resync') for (const channel of this.channels.values()) this.refresh(channel);
      else {
        const channel = this.channels.get(`${change.tenantId}:${change.deskId}`);
        if (channel) this.refresh(channel);
      }
    });
  }

  /** A display joins: it gets the calls it missed since `lastId`, then the current state. */
  async addDisplay(tenantId: string, deskId: string, stream: EventStream, lastId: string | undefined) {
    const channel = this.channel(tenantId, deskId);
    const ctx = this.ctx();
    const desk = await publicDesk(ctx, tenantId, deskId);
    const opening = await currentOpening(ctx, tenantId, desk, true);
    const [lastOpening, lastSeq] = (lastId ?? '').split('/');
    if (opening && lastOpening === opening.id) {
      for (const call of await missedCalls(ctx, tenantId, desk, Number(lastSeq) || 0)) {
        stream.send('call', call, callId(opening.id, call));
      }
    }
    stream.send('state', await displayState(ctx, tenantId, desk));
    if (opening && channel.openingId === null) {
      // The first display of this desk: calls up to now are in the state it just got.
      channel.openingId = opening.id;
      channel.lastSeq = opening.event_seq;
    }
    channel.displays.add(stream);
  }

  /** A desk screen joins: it gets the operator's state now and after every change. */
  async addOperator(actor: Actor, deskId: string, stream: EventStream) {
    const channel = this.channel(actor.tenantId, deskId);
    const ctx = { ...this.ctx(), actor };
    stream.send('queue', await queueState(ctx, actor, await publicDesk(ctx, actor.tenantId, deskId)));
    channel.operators.set(stream, actor);
  }

  remove(tenantId: string, deskId: string, stream: EventStream) {
    const key = `${tenantId}:${deskId}`;
    const channel = this.channels.get(key);
    if (!channel) return;
    channel.displays.delete(stream);
    channel.operators.delete(stream);
    if (channel.displays.size === 0 && channel.operators.size === 0) this.channels.delete(key);
  }

  close() {
    this.unsubscribe();
    for (const channel of this.channels.values()) {
      for (const stream of [...channel.displays, ...channel.operators.keys()]) stream.close();
    }
    this.channels.clear();
  }

  private channel(tenantId: string, deskId: string): DeskChannel {
    const key = `${tenantId}:${deskId}`;
    let channel = this.channels.get(key);
    if (!channel) {
      channel = {
        tenantId,
        deskId,
        displays: new Set(),
        operators: new Map(),
        openingId: null,
        lastSeq: 0,
        running: null,
        dirty: false,
      };
      this.channels.set(key, channel);
    }
    return channel;
  }

  /** Reload once per burst of changes: a change during a reload triggers exactly one more. */
  private refresh(channel: DeskChannel) {
    if (channel.running) {
      channel.dirty = true;
      return;
    }
    channel.running = this.push(channel)
      .catch(() => undefined)
      .finally(() => {
        channel.running = null;
        if (channel.dirty) {
          channel.dirty = false;
          this.refresh(channel);
        }
      });
  }

  private async push(channel: DeskChannel) {
    const ctx = this.ctx();
    const desk = await publicDesk(ctx, channel.tenantId, channel.deskId);
    if (channel.displays.size > 0) {
      const opening = await currentOpening(ctx, channel.tenantId, desk, true);
      if (opening && opening.id !== channel.openingId) {
        // A new opening since the last push: every call in it is news.
        channel.openingId = opening.id;
        channel.lastSeq = 0;
      }
      const calls = opening ? await missedCalls(ctx, channel.tenantId, desk, channel.lastSeq) : [];
      const state = JSON.stringify(await displayState(ctx, channel.tenantId, desk));
      const callJson = calls.map((call) => [JSON.stringify(call), callId(opening!.id, call)] as const);
      for (const stream of channel.displays) {
        for (const [json, id] of callJson) stream.sendJson('call', json, id);
        stream.sendJson('state', state);
      }
      channel.lastSeq = calls.at(-1)?.seq ?? channel.lastSeq;
    }
    for (const [stream, actor] of channel.operators) {
      // A desk screen's stream ends with its session (signed out, idle, deactivated).
      if (await isSessionLive(ctx, actor))
        stream.send('queue', await queueState({ ...ctx, actor }, actor, desk));
      else stream.close();
    }
  }
}
