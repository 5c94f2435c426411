/**
 * Random sequences of desk work by three operators (issue, call next, any
 * action on any ticket, stale versions, two "call next" at once, time
 * passing), then closing: no ticket is lost or served twice, numbers are
 * unique and consecutive per opening, and every recorded change is legal.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeDesk, makeTenant, makeUser, type TestTenant } from '../../../../test/factories';
import { startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import { FINAL_STATUSES, PRIORITY_REASONS, type TicketAction, TRANSITIONS } from '../../../shared/queue';
import type { DeskView } from '../../../shared/schemas/accounts';
import type { Actor } from '../../context';
import { DomainError } from '../../errors';
import { statusOf } from '../desks/openings.service';
import { checkIn } from '../desks/presence.service';
import { closeDueOpenings } from './closing.service';
import { callNext, issueTicket, ticketAction } from './queue.service';

const ACTIONS = ['call', 'recall', 'serve', 'finish', 'return', 'transfer', 'no_show', 'cancel'] as const;

const command = fc.oneof(
  fc.record({
    kind: fc.constant('issue' as const),
    op: fc.nat(2),
    priority: fc.option(fc.constantFrom(...PRIORITY_REASONS)),
  }),
  fc.record({ kind: fc.constant('next' as const), op: fc.nat(2) }),
  fc.record({ kind: fc.constant('twoAtOnce' as const), a: fc.nat(2), b: fc.nat(2) }),
  fc.record({
    kind: fc.constant('act' as const),
    op: fc.nat(2),
    pick: fc.nat(30),
    action: fc.constantFrom(...ACTIONS),
    stale: fc.boolean(),
    to: fc.nat(2),
  }),
  fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 25 }) }),
);

describeEngines('queue invariants under random desk work', (db) => {
  let t: TestApp;
  let tenant: TestTenant;
  let desk: DeskView;
  let operators: Actor[];
  /** Each run is its own opening: the next one the calendar gives (holidays skipped). */
  let nextStart = new Date('2027-02-01T08:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp(db());
    tenant = await makeTenant(t.ctx(), 'property');
    desk = await makeDesk(t.ctx(), tenant);
    operators = [];
    for (const organisationId of [
      tenant.organisations.comune,
      tenant.organisations.consorzio,
      tenant.organisations.comune,
    ]) {
      operators.push((await makeUser(t.ctx(), tenant, { organisationId })).actor);
    }
  });
  afterAll(() => t.close());

  /** Expected refusals are part of the game; anything else fails the property. */
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
      return true;
    } catch (error) {
      if (error instanceof DomainError) return false;
      throw error;
    }
  };

  it('never loses, duplicates or double-serves a ticket, and records only legal changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 40 }), async (commands) => {
        const day = new Date(nextStart.getTime() + 5 * 60_000);
        t.clock.current = day;
        for (const [i, operator] of operators.entries()) {
          await checkIn(t.ctx(operator), desk.id, { counter: `Postazione ${i + 1}` });
        }
        let issued = 0;
        const seen: { id: string; version: number }[] = [];
        for (const c of commands) {
          const ctxOf = (op: number) => t.ctx(operators[op]!);
          if (c.kind === 'issue') {
            if (
              await attempt(async () =>
                seen.push(
                  await issueTicket(ctxOf(c.op), desk.id, { priorityReason: c.priority, language: null }),
                ),
              )
            )
              issued++;
          } else if (c.kind === 'next') {
            await attempt(() => callNext(ctxOf(c.op), desk.id));
          } else if (c.kind === 'twoAtOnce') {
            const [a, b] = await Promise.all([
              callNext(ctxOf(c.a), desk.id).catch((e) =>
                e instanceof DomainError ? null : Promise.reject(e),
              ),
              callNext(ctxOf(c.b), desk.id).catch((e) =>
                e instanceof DomainError ? null : Promise.reject(e),
              ),
            ]);
            if (a && b) expect(a.id).not.toBe(b.id);
          } else if (c.kind === 'act' && seen.length > 0) {
            const target = seen[c.pick % seen.length]!;
            const current = await t
              .ctx()
              .db.selectFrom('tickets')
              .select('version')
              .where('id', '=', target.id)
              .executeTakeFirstOrThrow();
            const version = c.stale ? current.version - 1 : current.version;
            await attempt(() =>
              ticketAction(ctxOf(c.op), target.id, c.action, { version, toUserId: operators[c.to]!.userId }),
            );
          } else if (c.kind === 'wait') {
            t.clock.advanceMinutes(c.minutes);
          }
        }
        t.clock.current = new Date(day.getTime() + 4 * 3_600_000); // past closing and its grace
        await closeDueOpenings(t.ctx());
        nextStart = new Date((await statusOf(t.ctx(), tenant.tenantId, desk)).next!.start);

        const opening = await t
          .ctx()
          .db.selectFrom('openings')
          .selectAll()
          .where('desk_id', '=', desk.id)
          .where('date', '=', day.toISOString().slice(0, 10))
          .executeTakeFirstOrThrow();
        const tickets = await t
          .ctx()
          .db.selectFrom('tickets')
          .selectAll()
          .where('opening_id', '=', opening.id)
          .execute();
        const events = await t
          .ctx()
          .db.selectFrom('ticket_events')
          .selectAll()
          .where('opening_id', '=', opening.id)
          .orderBy('seq')
          .execute();

        expect(opening.closed_at).not.toBeNull();
        expect(tickets).toHaveLength(issued); // none lost
        for (const series of ['A', 'P']) {
          const numbers = tickets
            .filter((x) => x.series === series)
            .map((x) => x.number)
            .sort((a, b) => a - b);
          expect(numbers).toEqual(numbers.map((_, i) => i + 1)); // unique and consecutive per opening
        }
        expect(events.map((e) => Number(e.seq))).toEqual(events.map((_, i) => i + 1));
        for (const ticket of tickets) {
          expect(FINAL_STATUSES).toContain(ticket.status);
          const history = events.filter((e) => e.ticket_id === ticket.id);
          expect(history[0]).toMatchObject({ action: 'issue', status_from: null, status_to: 'waiting' });
          for (const [i, event] of history.slice(1).entries()) {
            const rule = TRANSITIONS[event.action as TicketAction];
            expect(event.status_from).toBe(history[i]!.status_to); // no gap, no overwrite
            expect(rule.from).toContain(event.status_from);
            expect(event.status_to).toBe(rule.to);
          }
          expect(history.at(-1)!.status_to).toBe(ticket.status);
          expect(history.filter((e) => e.action === 'finish').length).toBeLessThanOrEqual(1); // never served twice
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
