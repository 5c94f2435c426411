/**
 * Rollups equal the raw computation: on random datasets (contacts, openings
 * with presences and tickets, referrals, feedback) and random periods that
 * cross month boundaries, the report read from the daily and monthly rollups
 * equals the one computed day by day from the records, before and after
 * random edits that move contacts between days and merges that move a
 * person's contacts to another person; the distinct-person sets give
 * COUNT(DISTINCT person) of the records for every desk subset and for whole
 * months, edge days and both.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app';
import { describeEngines } from '../../../../test/helpers/engines';
import { DEFAULT_WAIT_TARGET_MINUTES } from '../../../shared/indicators';
import { IndicatorQuery } from '../../../shared/schemas/indicators';
import type { Ctx } from '../../context';
import { indicatorTables, indicatorValues, type PeriodFacts } from './compute';
import { Facts } from './facts';
import { at, indicatorWorld, type Org } from './indicators.fixture';
import { buildReport, type ReportScope, rollupFacts, splitByMonths } from './indicators.service';
import { loadLabels } from './labels';
import { distinctPersons } from './person-sets.service';
import { countPersons } from './records.repo';
import { sumDaily } from './rollups.repo';
import { dayFacts, markPeopleDirty, markRollupDirty, refreshDirtyRollups } from './rollups.service';

const FIRST_DAY = DateTime.fromISO('2027-02-20');
const DAYS = 50;
const day = (offset: number) => FIRST_DAY.plus({ days: offset }).toISODate() as string;
const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const contact = fc.record({
  day: fc.integer({ min: 0, max: DAYS - 1 }),
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  person: fc.integer({ min: -1, max: 3 }),
  channel: fc.constantFrom('walk_in', 'phone', 'email', 'outreach'),
  municipality: fc.constantFrom(null, 'm1', 'm2'),
  desk: fc.constantFrom(0, 1),
  orgs: fc.constantFrom<Org[]>(['C'], ['K'], ['C', 'K']),
  requests: fc.array(
    fc.tuple(
      fc.constantFrom('elderly', 'migrants', 'poverty_adults'),
      fc.constantFrom('housing', 'home_care', 'legal_status', 'other'),
      fc.constantFrom('information', 'orientation', 'referral', 'routed_to_own_worker', 'none'),
    ),
    { minLength: 1, maxLength: 3 },
  ),
  referral: fc.option(
    fc.record({
      status: fc.constantFrom('requested', 'accepted', 'rejected', 'completed'),
      hours: fc.integer({ min: 0, max: 200 }),
    }),
  ),
});

const opening = fc.record({
  day: fc.integer({ min: 0, max: DAYS - 1 }),
  presences: fc.array(
    fc.record({
      org: fc.constantFrom<Org>('C', 'K'),
      from: fc.integer({ min: 0, max: 170 }),
      length: fc.integer({ min: 1, max: 200 }),
    }),
    { maxLength: 4 },
  ),
  tickets: fc.array(
    fc.record({
      issued: fc.integer({ min: 0, max: 170 }),
      wait: fc.option(fc.integer({ min: 0, max: 90 })),
      service: fc.integer({ min: 1, max: 40 }),
      status: fc.constantFrom('done', 'no_show', 'cancelled', 'not_served'),
    }),
    { maxLength: 5 },
  ),
});

const dataset = fc.record({
  contacts: fc.array(contact, { minLength: 1, maxLength: 20 }),
  openings: fc.uniqueArray(opening, { selector: (o) => o.day, maxLength: 6 }),
  feedback: fc.array(
    fc.record({ day: fc.integer({ min: 0, max: DAYS - 1 }), score: fc.integer({ min: 1, max: 5 }) }),
    {
      maxLength: 6,
    },
  ),
  period: fc.tuple(fc.integer({ min: 0, max: DAYS - 1 }), fc.integer({ min: 0, max: DAYS - 1 })),
  moves: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: DAYS - 1 })), { maxLength: 4 }),
  /** Person a merged into person b: a's contacts become b's. */
  merges: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
    maxLength: 2,
  }),
});

/** Periods over the dataset's span: whole months only, edge days only, and both. */
const PERSON_PERIODS: [string, string][] = [
  ['2027-03-01', '2027-03-31'],
  ['2027-02-20', '2027-02-27'],
  ['2027-02-25', '2027-04-10'],
  ['2027-03-04', '2027-03-29'],
  ['2027-03-10', '2027-04-10'],
  ['2027-02-01', '2027-04-30'],
];

/** The raw computation: every desk-day of the period from its records, summed. */
async function rawPeriod(ctx: Ctx, scope: ReportScope, from: string, to: string): Promise<PeriodFacts> {
  const facts = new Facts();
  const series: PeriodFacts['series'] = [];
  for (let d = DateTime.fromISO(from); d <= DateTime.fromISO(to); d = d.plus({ days: 1 })) {
    const date = d.toISODate() as string;
    let contacts = 0;
    for (const deskId of scope.deskIds) {
      const f = await dayFacts(ctx, scope.tenantId, deskId, date);
      contacts += f.total('contacts');
      facts.addAll(f);
    }
    series.push({ date, value: contacts });
  }
  return {
    facts,
    persons: await countPersons(ctx.db, scope.tenantId, { deskIds: scope.deskIds, from, to }),
    series,
  };
}

describeEngines('indicator rollups', (db) => {
  let t: TestApp;
  let runs = 0;
  beforeAll(async () => {
    t = await startTestApp(db());
    t.clock.current = new Date('2027-05-01T10:00:00.000Z');
  });
  afterAll(() => t?.close());

  it('equal the raw computation on random datasets, periods and edits', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        runs += 1;
        const w = await indicatorWorld(t, `prop-${runs}`);
        const desks = [w.desk, w.otherDesk];
        const people = [await w.person(), await w.person(), await w.person(), await w.person()];
        const saved: { id: string; date: string; desk: string; person: string | null }[] = [];
        for (const c of data.contacts) {
          const date = day(c.day);
          const person = c.person >= 0 ? people[c.person]! : null;
          const made = await w.contact({
            desk: desks[c.desk],
            date,
            time: time(c.minute),
            channel: c.channel,
            person,
            municipality: c.municipality ? w.municipalities[c.municipality as 'm1'] : null,
            orgs: c.orgs,
            requests: c.requests,
          });
          saved.push({ id: made.id, date, desk: desks[c.desk]!, person });
          if (person && c.referral && c.desk === 0) {
            const sentAt = at(date, time(Math.min(c.minute + 5, 24 * 60 - 1)));
            const later = DateTime.fromISO(sentAt)
              .plus({ hours: c.referral.hours })
              .toUTC()
              .toISO() as string;
            const taken = c.referral.status !== 'requested' && c.referral.status !== 'rejected';
            await w.referral({
              contactId: made.id,
              requestId: made.requestIds[0]!,
              personId: person,
              area: c.requests[0]![0],
              sentAt,
              status: c.referral.status,
              acknowledgedAt: c.referral.status === 'requested' ? null : later,
              acceptedAt: taken ? later : null,
              overdueFrom: DateTime.fromISO(sentAt).plus({ days: 3 }).toUTC().toISO() as string,
              reason: c.referral.status === 'rejected' ? 'Non di competenza' : null,
            });
          }
        }
        for (const o of data.openings) {
          await w.opening({
            date: day(o.day),
            start: '09:00',
            end: '12:00',
            presences: o.presences.map((p) => ({
              org: p.org,
              from: time(9 * 60 + p.from),
              to: p.length > 180 ? null : time(Math.min(9 * 60 + p.from + p.length, 23 * 60)),
            })),
            tickets: o.tickets.map((k) => {
              const issued = 9 * 60 + k.issued;
              const called = k.wait === null ? undefined : time(issued + k.wait);
              const called2 = k.wait === null ? null : issued + k.wait;
              return {
                issued: time(issued),
                ...(called ? { firstCalled: called } : {}),
                ...(called2 !== null ? { closed: time(Math.min(called2 + k.service, 23 * 60)) } : {}),
                status: k.wait === null && k.status === 'done' ? 'cancelled' : k.status,
              };
            }),
          });
        }
        for (const f of data.feedback) await w.feedback({ date: day(f.day), score: f.score });

        const [a, b] = data.period;
        const query = IndicatorQuery.parse({
          from: day(Math.min(a, b)),
          to: day(Math.max(a, b)),
          compare: false,
        });
        const scope: ReportScope = { tenantId: w.tenant.tenantId, deskIds: desks, lang: 'it' };
        const check = async () => {
          const viaRollups = await buildReport(t.ctx(), scope, query);
          const labels = await loadLabels(t.ctx(), scope, query);
          const raw = await rawPeriod(t.ctx(), scope, query.from, query.to);
          expect(viaRollups.values).toEqual(
            indicatorValues(raw, null, labels, {}, DEFAULT_WAIT_TARGET_MINUTES),
          );
          expect(viaRollups.tables).toEqual(indicatorTables(raw, null, labels));
          const ctx = t.ctx();
          await refreshDirtyRollups(ctx, w.tenant.tenantId);
          for (const deskIds of [desks, [w.desk], [w.otherDesk]])
            for (const [from, to] of [[query.from, query.to] as [string, string], ...PERSON_PERIODS]) {
              const { months, dayRanges } = splitByMonths(from, to);
              const expected = await countPersons(ctx.db, w.tenant.tenantId, { deskIds, from, to });
              // Months read packed, whole or as the month minus its other days: the sums day by day.
              const byDays = Facts.fromRows(await sumDaily(ctx.db, w.tenant.tenantId, deskIds, from, to));
              const read = await rollupFacts(ctx, w.tenant.tenantId, deskIds, from, to);
              expect(read.rows()).toHaveLength(byDays.rows().length);
              expect(read.rows()).toEqual(expect.arrayContaining(byDays.rows()));
              expect([
                from,
                to,
                await distinctPersons(ctx, w.tenant.tenantId, deskIds, months, dayRanges),
              ]).toEqual([from, to, expected]);
            }
        };
        await check();
        for (const [index, to] of data.moves) {
          const moved = saved[index % saved.length]!;
          await t
            .ctx()
            .db.updateTable('contacts')
            .set({ date: day(to) })
            .where('id', '=', moved.id)
            .execute();
          // As the contact service does: the old day, and every day of the person's history.
          await markRollupDirty(t.ctx(), w.tenant.tenantId, moved.desk, moved.date);
          await markRollupDirty(t.ctx(), w.tenant.tenantId, moved.desk, day(to));
          await markPeopleDirty(t.ctx(), w.tenant.tenantId, [moved.person]);
          moved.date = day(to);
        }
        for (const [a, b] of data.merges) {
          if (a === b) continue;
          // As merging people does: every day of both histories, before and after the move.
          await markPeopleDirty(t.ctx(), w.tenant.tenantId, [people[a]!, people[b]!]);
          await t
            .ctx()
            .db.updateTable('contacts')
            .set({ person_id: people[b]! })
            .where('tenant_id', '=', w.tenant.tenantId)
            .where('person_id', '=', people[a]!)
            .execute();
          await markPeopleDirty(t.ctx(), w.tenant.tenantId, [people[b]!]);
          for (const s of saved) if (s.person === people[a]) s.person = people[b]!;
        }
        await check();
      }),
      { numRuns: 6, seed: 20270301 },
    );
    expect(runs).toBeGreaterThanOrEqual(6);
  }, 240_000);
});
