/**
 * Keeping the indicator rollups true. Every change that moves an indicator
 * marks its (desk, local date) dirty in the same transaction; dirty days are
 * rebuilt from that day's records before any indicator is read and by the
 * per-minute job, so readers never see a stale figure, writers pay one upsert
 * and no reader scans the records of a whole period.
 */
import { type Ctx, inTransaction, localDateOf, nowIso } from '../../context';
import type { Facts } from './facts';
import { rebuildPersonSets } from './person-sets.service';
import * as records from './records.repo';
import { deskDaysFacts } from './records.service';
import * as repo from './rollups.repo';

/** Mark a desk's local day for rebuilding; call inside the transaction that changes its records. */
export async function markRollupDirty(
  tx: Ctx,
  tenantId: string,
  deskId: string,
  date: string,
): Promise<void> {
  await repo.markDirty(tx.db, tenantId, deskId, date, nowIso(tx));
}

/** Mark the desk's local day of an instant (a referral sent, a bounce detected). */
export async function markRollupDirtyAt(
  tx: Ctx,
  tenantId: string,
  deskId: string,
  instant: string,
): Promise<void> {
  await markRollupDirty(tx, tenantId, deskId, localDateOf(instant));
}

/**
 * Mark every day these people had a contact: their "new person" and "repeat
 * request" facts depend on their whole history (a contact added, edited or
 * merged changes them).
 */
export async function markPeopleDirty(tx: Ctx, tenantId: string, personIds: readonly (string | null)[]) {
  const ids = [...new Set(personIds.filter((id): id is string => id !== null))];
  const days = await records.daysOfPeople(tx.db, tenantId, ids);
  await repo.markDirtyMany(tx.db, tenantId, days, nowIso(tx));
}

/** The facts of one desk's local day, from its records. */
export async function dayFacts(ctx: Ctx, tenantId: string, deskId: string, date: string): Promise<Facts> {
  return (await deskDaysFacts(ctx, tenantId, deskId, [date])).get(date)!;
}

const DAYS_PER_TRANSACTION = 100;

/**
 * Rebuild every dirty day (of a tenant, optionally only some desks), one desk
 * at a time under the desk's lock, then the monthly sums of the months
 * touched; `concurrency` desks side by side (PostgreSQL: one connection
 * each). Returns the number of days rebuilt.
 */
export async function refreshDirtyRollups(
  ctx: Ctx,
  tenantId: string | null,
  options: {
    deskIds?: readonly string[];
    concurrency?: number;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<number> {
  const desks = await repo.dirtyDesks(ctx.db, tenantId, options.deskIds ?? null);
  const total = desks.reduce((sum, d) => sum + Number(d.days), 0);
  let done = 0;
  const queue = [...desks];
  const worker = async () => {
    for (let desk = queue.shift(); desk; desk = queue.shift()) {
      for (;;) {
        const rebuilt = await inTransaction(ctx, (tx) => refreshDesk(tx, desk.tenant_id, desk.desk_id));
        done += rebuilt;
        options.onProgress?.(done, total);
        if (rebuilt < DAYS_PER_TRANSACTION) break;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  return done;
}

async function refreshDesk(tx: Ctx, tenantId: string, deskId: string): Promise<number> {
  await repo.lockDesk(tx.db, tx.dialect, tenantId, deskId);
  const days = await repo.dirtyDaysOf(tx.db, tenantId, deskId, DAYS_PER_TRANSACTION);
  const dates = days.map((d) => d.date);
  const facts = await deskDaysFacts(tx, tenantId, deskId, dates);
  await repo.replaceDays(
    tx.db,
    tenantId,
    deskId,
    dates,
    dates.flatMap((date) =>
      facts
        .get(date)!
        .rows()
        .map((r) => ({ date, ...r })),
    ),
  );
  await repo.clearDirty(tx.db, tenantId, deskId, days);
  for (const month of new Set(dates.map((d) => d.slice(0, 7)))) {
    await repo.rebuildMonth(tx.db, tenantId, deskId, month);
    await repo.packMonth(tx.db, tenantId, deskId, month);
  }
  await rebuildPersonSets(tx, tenantId, deskId, dates);
  return days.length;
}
