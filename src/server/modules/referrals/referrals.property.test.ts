/**
 * Random sequences of moves on a referral by random people — the desk
 * operator (sender), the receiving service worker, a coordinator of the
 * sending desk, a service worker of another organisation — to any status,
 * with or without a reason, sometimes with a stale version: only legal moves
 * by the right side pass, reasons are enforced, nothing leaks to outsiders,
 * drafts stay the desk's own until sent, and the history is complete,
 * ordered and chained.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEngines } from '../../../../test/helpers/engines';
import {
  canMove,
  FINAL_REFERRAL_STATUSES,
  nextStatuses,
  REASON_REQUIRED,
  REFERRAL_STATUSES,
  type ReferralSide,
  type ReferralStatus,
} from '../../../shared/referrals';
import type { Actor } from '../../context';
import { DomainError } from '../../errors';
import { getReferral } from './referral-reads.service';
import { makePerson, makeWorld, type ReferralWorld, recordContact } from './referrals.fixture';
import { createReferral, moveReferral } from './referrals.service';

const WHO = ['sender', 'receiver', 'coordinator', 'outsider'] as const;
type Who = (typeof WHO)[number];
/** Which side each person acts from (the coordinator staffs the sending desk). */
const SIDE: Record<Who, ReferralSide | null> = {
  sender: 'sender',
  receiver: 'receiver',
  coordinator: 'sender',
  outsider: null,
};

const move = fc.record({
  who: fc.constantFrom(...WHO),
  to: fc.constantFrom(...REFERRAL_STATUSES),
  /** Half the time aim at a move the side may make, so walks get deep into the machine. */
  aimLegal: fc.nat(3).map((n) => n > 0),
  pick: fc.nat(9),
  withNote: fc.nat(3).map((n) => n > 0),
  stale: fc.nat(5).map((n) => n === 0),
});

describeEngines('referral state machine under random moves', (db) => {
  let w: ReferralWorld;
  let personId: string;
  let actors: Record<Who, Actor>;

  beforeAll(async () => {
    w = await makeWorld(db(), 'property');
    personId = await makePerson(w, true);
    actors = {
      sender: w.giulia.actor,
      receiver: w.chiara.actor,
      coordinator: w.coordinator.actor,
      outsider: w.aslWorker.actor,
    };
  });
  afterAll(() => w.t.close());

  const outcome = async (work: () => Promise<unknown>): Promise<string> => {
    try {
      await work();
      return 'ok';
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
  };

  it('lets through exactly the legal moves and keeps every one in order', async () => {
    const { requestIds } = await recordContact(w, personId);
    const depths: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(move, { minLength: 1, maxLength: 20 }), async (send, moves) => {
        const created = await createReferral(w.t.ctx(actors.sender), {
          requestId: requestIds[0]!,
          serviceId: w.services.minors,
          reason: 'Valutazione',
          urgency: 'routine',
          toldPerson: null,
          shareBasis: 'consent',
          shareBasisNote: null,
          send,
        });
        let status: ReferralStatus = created.status;
        // Until it leaves the desk, a draft does not exist for the receiving service.
        let isSent = created.status === 'requested';
        let version = created.version;
        const passed: [ReferralStatus, ReferralStatus][] = [];
        for (const m of moves) {
          const side = m.who === 'receiver' && !isSent ? null : SIDE[m.who];
          const legalNext = side ? nextStatuses(status, side) : [];
          // Mostly keep the referral open, so walks go deep before they end.
          const open = legalNext.filter((s) => !FINAL_REFERRAL_STATUSES.includes(s));
          const pool = m.pick < 7 && open.length > 0 ? open : legalNext;
          const to = m.aimLegal && pool.length > 0 ? pool[m.pick % pool.length]! : m.to;
          const note = m.withNote ? 'Motivo' : null;
          const result = await outcome(() =>
            moveReferral(w.t.ctx(actors[m.who]), created.id, {
              to,
              note,
              version: m.stale ? version - 1 : version,
            }),
          );
          const legal = side !== null && canMove(status, to, side);
          const expected =
            side === null
              ? 'not_found'
              : m.stale
                ? 'conflict'
                : !legal
                  ? 'illegal_move'
                  : REASON_REQUIRED.includes(to) && !note
                    ? 'validation'
                    : 'ok';
          expect(result, `${status} → ${to} by ${m.who}${m.stale ? ' (stale)' : ''}`).toBe(expected);
          if (result === 'ok') {
            passed.push([status, to]);
            status = to;
            if (to === 'requested') isSent = true;
            version += 1;
          }
        }
        const view = await getReferral(w.t.ctx(actors.sender), created.id);
        expect(view.status).toBe(status);
        expect(view.version).toBe(version);
        expect(view.history.map((e) => e.seq)).toEqual(view.history.map((_, i) => i + 1));
        expect(view.history.map((e) => [e.from, e.to])).toEqual([[null, created.status], ...passed]);
        for (const event of view.history.slice(1)) {
          if (REASON_REQUIRED.includes(event.to)) expect(event.note).toBeTruthy();
          expect(event.actorName).toBeTruthy();
        }
        const times = view.history.map((e) => e.at);
        expect([...times].sort()).toEqual(times);
        depths.push(passed.length);
      }),
      { numRuns: 40, seed: 20270111, unbiased: true },
    );
    // The walks did reach deep states, not only refusals.
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(3);
  });
});
