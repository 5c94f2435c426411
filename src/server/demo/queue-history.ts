/**
 * Six months of realistic desk work for the demo, replayed through the real
 * services with the clock set to each moment: Monday and Wednesday mornings,
 * more arrivals at 9:00, two operators (sometimes only one), kiosk and
 * operator tickets, a few priority tickets, people who leave or never come;
 * each served ticket ends with its contact recorded (contact-history.ts).
 * Deterministic (seeded), so every demo shows the same history.
 */
import { DateTime } from 'luxon';
import { PRIORITY_REASONS, type PriorityReason } from '../../shared/queue';
import type { DeskView } from '../../shared/schemas/accounts';
import type { Actor, Ctx } from '../context';
import { DomainError } from '../errors';
import { closuresBetween, openingsBetween } from '../modules/desks/calendar';
import { calendarDesk } from '../modules/desks/openings.service';
import { checkIn, checkOut } from '../modules/desks/presence.service';
import type { DeviceIdentity } from '../modules/devices/devices.service';
import { closeDueOpenings } from '../modules/queue/closing.service';
import { issueFromKiosk, issueTicket, ticketAction } from '../modules/queue/queue.service';
import type { FinishHook } from './contact-history';
import { seeded as random } from './frequencies';

type Step = { at: number; run: (ctx: Ctx) => Promise<unknown> };

interface Plan {
  arrivals: {
    at: number;
    priority: PriorityReason | null;
    kiosk: boolean;
    fate: 'served' | 'left' | 'no_show';
  }[];
  operators: { actor: Actor; counter: string; from: number; to: number }[];
}

/** Who works and who arrives at one opening. */
function planOpening(rand: () => number, start: number, end: number, operators: Actor[]): Plan {
  const minute = 60_000;
  const staffing = operators
    .filter((_, i) => rand() > (i === 0 ? 0.05 : 0.12)) // now and then one organisation is missing
    .map((actor, i) => ({
      actor,
      counter: `Postazione ${i + 1}`,
      from: start - 5 * minute + (rand() < 0.15 ? 25 * minute * rand() : 0),
      to: end + 10 * minute,
    }));
  const count = 5 + Math.floor(rand() * 10);
  const arrivals: Plan['arrivals'] = [];
  for (let i = 0; i < count; i++) {
    // A third arrive in the first quarter of an hour; the rest thin out through the morning.
    const offset = rand() < 0.35 ? rand() * 15 : 15 + -Math.log(1 - rand() * 0.95) * 45;
    const at = start + Math.min(offset, (end - start) / minute - 10) * minute;
    const fate = rand() < 0.05 ? 'no_show' : rand() < 0.04 ? 'left' : 'served';
    const priority = rand() < 0.08 ? PRIORITY_REASONS[Math.floor(rand() * PRIORITY_REASONS.length)]! : null;
    arrivals.push({ at, priority, kiosk: rand() < 0.7, fate });
  }
  return { arrivals: arrivals.sort((a, b) => a.at - b.at), operators: staffing };
}

/** Turn a plan into timed service calls: a simple two-counter simulation, first come first served. */
function stepsFor(
  rand: () => number,
  plan: Plan,
  deskId: string,
  kiosk: DeviceIdentity,
  finish: FinishHook | null,
): Step[] {
  const minute = 60_000;
  const steps: Step[] = [];
  for (const op of plan.operators) {
    steps.push({
      at: op.from,
      run: (ctx) => checkIn({ ...ctx, actor: op.actor }, deskId, { counter: op.counter }),
    });
    steps.push({ at: op.to - 5 * minute, run: (ctx) => checkOut({ ...ctx, actor: op.actor }, deskId) });
  }
  const free = plan.operators.map((op) => ({ op, at: op.from }));
  // Filled in as the replay issues tickets; later steps of the same ticket read them.
  const tickets: { id: string; version: number }[] = [];
  const act =
    (actor: Actor, index: number, action: 'call' | 'recall' | 'serve' | 'finish' | 'no_show' | 'cancel') =>
    async (ctx: Ctx) => {
      const ticket = tickets[index]!;
      ticket.version = (
        await ticketAction({ ...ctx, actor }, ticket.id, action, { version: ticket.version })
      ).version;
    };
  plan.arrivals.forEach((arrival, index) => {
    const input = { priorityReason: arrival.priority, language: arrival.kiosk && rand() < 0.1 ? 'en' : null };
    steps.push({
      at: arrival.at,
      run: async (ctx) => {
        tickets[index] = arrival.kiosk
          ? { id: (await issueFromKiosk(ctx, kiosk, input)).ticketId, version: 1 }
          : await issueTicket({ ...ctx, actor: plan.operators[0]?.actor ?? null }, deskId, input);
      },
    });
    const counter = free.sort((a, b) => a.at - b.at)[0];
    if (!counter) return; // nobody at the desk: the closing job closes the ticket as not served
    const calledAt = Math.max(counter.at, arrival.at) + minute;
    if (arrival.fate === 'left' && calledAt - arrival.at > 20 * minute) {
      steps.push({ at: arrival.at + 20 * minute, run: act(counter.op.actor, index, 'cancel') });
      return;
    }
    const service = (6 + rand() * 14 + (rand() < 0.15 ? 15 : 0)) * minute;
    steps.push({ at: calledAt, run: act(counter.op.actor, index, 'call') });
    if (arrival.fate === 'no_show') {
      steps.push({ at: calledAt + 2 * minute, run: act(counter.op.actor, index, 'recall') });
      steps.push({ at: calledAt + 4 * minute, run: act(counter.op.actor, index, 'recall') });
      steps.push({ at: calledAt + 5 * minute, run: act(counter.op.actor, index, 'no_show') });
      counter.at = calledAt + 5 * minute;
      return;
    }
    steps.push({ at: calledAt + minute, run: act(counter.op.actor, index, 'serve') });
    const actor = counter.op.actor;
    steps.push({
      at: calledAt + service,
      run: finish ? (ctx) => finish(ctx, actor, tickets[index]!.id) : act(actor, index, 'finish'),
    });
    counter.at = calledAt + service + minute;
  });
  return steps;
}

/**
 * Replay the last `months` months of the desk, in the caller's transaction.
 * With `story`, each served ticket ends with a recorded contact.
 */
export async function seedQueueHistory(
  tx: Ctx,
  desk: DeskView,
  operators: Actor[],
  kiosk: DeviceIdentity,
  story: ((tx: Ctx, rand: () => number) => Promise<FinishHook>) | null = null,
  months = 6,
): Promise<void> {
  const rand = random(20_260_601);
  const today = DateTime.fromJSDate(tx.now(), { zone: desk.timezone });
  const from = today.minus({ months }).toISODate()!;
  const start = today.minus({ months }).startOf('day').toJSDate();
  const finish = story ? await story({ ...tx, now: () => start }, random(20_261_126)) : null;
  const to = today.minus({ days: 1 }).toISODate()!;
  const closures = closuresBetween(calendarDesk(desk), [], from, to);
  for (const window of openingsBetween(calendarDesk(desk), [], closures, from, to)) {
    const plan = planOpening(rand, Date.parse(window.start), Date.parse(window.end), operators);
    const steps = stepsFor(rand, plan, desk.id, kiosk, finish).sort((a, b) => a.at - b.at);
    for (const step of steps) {
      // A step the desk refuses (a person who left before being called...) is simply skipped.
      await step.run({ ...tx, now: () => new Date(step.at) }).catch((error) => {
        if (!(error instanceof DomainError)) throw error;
      });
    }
    const after = Date.parse(window.end) + (desk.queue.closingGraceMinutes + 1) * 60_000;
    await closeDueOpenings({ ...tx, now: () => new Date(after) });
  }
}
