/**
 * Openings and closures of a desk: the calendar as people see it, the
 * closures administrators and coordinators add, and what coordinators record
 * about concrete openings (opened early, closed late, extra openings).
 */
import { DateTime } from 'luxon';
import type { DeskView } from '../../../shared/schemas/accounts';
import type {
  CalendarQuery,
  ClosureDay,
  ClosureInput,
  DeskCalendar,
  ExtraOpeningInput,
  OpeningAdjustment,
  OpeningWindow,
} from '../../../shared/schemas/queue';
import { recordAudit } from '../../audit/trail';
import { type Ctx, inTransaction } from '../../context';
import type { OpeningsTable } from '../../db/tables';
import { uniqueAs } from '../../db/writes';
import { invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import { markRollupDirty } from '../indicators/rollups.service';
import * as calendar from './calendar';
import { deskFor } from './desks.service';
import * as repo from './openings.repo';

/** How long before an opening operators may check in and the queue accepts operators' tickets. */
export const EARLY_MINUTES = 30;

export function calendarDesk(desk: DeskView): calendar.CalendarDesk {
  return { timezone: desk.timezone, hours: desk.hours, patronDay: desk.patronDay };
}

export function storedOpening(row: OpeningsTable): calendar.StoredOpening {
  return {
    id: row.id,
    kind: row.kind,
    date: row.date,
    scheduledStart: row.scheduled_start,
    scheduledEnd: row.scheduled_end,
    actualStart: row.actual_start,
    actualEnd: row.actual_end,
    note: row.note,
    closedAt: row.closed_at,
  };
}

/** Recorded openings and closures around a span of local dates. */
async function recorded(ctx: Ctx, desk: DeskView, tenantId: string, from: string, to: string) {
  const [openings, closures] = await Promise.all([
    repo.openingsBetween(ctx.db, tenantId, desk.id, from, to),
    repo.closuresBetween(ctx.db, tenantId, desk.id, from, to),
  ]);
  return { openings: openings.map(storedOpening), closures };
}

/** Open now, current and next opening, upcoming closures; no permission check (callers have one). */
export async function statusOf(
  ctx: Ctx,
  tenantId: string,
  desk: DeskView,
  days = 60,
): Promise<calendar.CalendarStatus> {
  const local = DateTime.fromJSDate(ctx.now(), { zone: desk.timezone });
  const stored = await recorded(
    ctx,
    desk,
    tenantId,
    local.minus({ days: 1 }).toISODate()!,
    local.plus({ days }).toISODate()!,
  );
  return calendar.statusAt(calendarDesk(desk), stored.openings, stored.closures, ctx.now(), days);
}

/** The desk's calendar between two local dates: openings and closed days. */
export async function deskCalendar(ctx: Ctx, deskId: string, query: CalendarQuery): Promise<DeskCalendar> {
  const { actor, desk } = await deskFor(ctx, deskId, 'desk.read');
  const to = [query.from, query.to].sort()[1]!; // the later of the two dates
  const stored = await recorded(ctx, desk, actor.tenantId, query.from, to);
  const closures = calendar.closuresBetween(calendarDesk(desk), stored.closures, query.from, to);
  return {
    openings: calendar.openingsBetween(calendarDesk(desk), stored.openings, closures, query.from, to),
    closures,
  };
}

/** Close the desk on a date, with a reason the public will read. */
export async function addClosure(ctx: Ctx, deskId: string, input: ClosureInput): Promise<ClosureDay> {
  const { actor, desk } = await deskFor(ctx, deskId, 'closure.manage');
  const today = DateTime.fromJSDate(ctx.now(), { zone: desk.timezone }).toISODate()!;
  if (input.date < today) throw invalidField('date', 'validation.closurePast');
  return inTransaction(ctx, async (tx) => {
    const id = newId();
    await uniqueAs(tx, 'date', 'validation.closureTaken', () =>
      repo.insertClosure(tx.db, {
        tenant_id: actor.tenantId,
        id,
        desk_id: deskId,
        date: input.date,
        reason: input.reason,
        created_by: actor.userId,
        created_at: tx.now().toISOString(),
      }),
    );
    await recordAudit(tx, {
      action: 'closure.added',
      entityType: 'closure',
      entityId: id,
      changedFields: ['date', 'reason'],
    });
    tx.bus.publish({ tenantId: actor.tenantId, deskId });
    return { date: input.date, kind: 'closure', reason: input.reason, closureId: id };
  });
}

export async function removeClosure(ctx: Ctx, deskId: string, closureId: string): Promise<void> {
  const { actor } = await deskFor(ctx, deskId, 'closure.manage');
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.deleteClosure(tx.db, actor.tenantId, deskId, closureId))) throw notFound();
    await recordAudit(tx, { action: 'closure.removed', entityType: 'closure', entityId: closureId });
    tx.bus.publish({ tenantId: actor.tenantId, deskId });
  });
}

const localTime = (date: string, time: string, zone: string) =>
  DateTime.fromISO(`${date}T${time}`, { zone }).toUTC().toISO()!;

/** Record an extra opening; it may not overlap another opening of the same day. */
export async function addExtraOpening(
  ctx: Ctx,
  deskId: string,
  input: ExtraOpeningInput,
): Promise<OpeningWindow> {
  const { actor, desk } = await deskFor(ctx, deskId, 'opening.manage');
  const start = localTime(input.date, input.opensAt, desk.timezone);
  const end = localTime(input.date, input.closesAt, desk.timezone);
  const day = await deskCalendar(ctx, deskId, { from: input.date, to: input.date });
  if (day.openings.some((w) => w.start < end && start < w.end))
    throw invalidField('opensAt', 'validation.openingOverlap');
  return inTransaction(ctx, async (tx) => {
    const row = openingRow(actor.tenantId, deskId, 'extra', input.date, start, end, tx.now().toISOString());
    row.note = input.note ?? null;
    await repo.insertOpening(tx.db, row);
    await markRollupDirty(tx, actor.tenantId, deskId, input.date);
    await recordAudit(tx, {
      action: 'opening.extra_added',
      entityType: 'opening',
      entityId: row.id,
      changedFields: ['start', 'end', 'note'],
    });
    tx.bus.publish({ tenantId: actor.tenantId, deskId });
    return calendar
      .openingsBetween(calendarDesk(desk), [storedOpening(row)], [], input.date, input.date)
      .find((w) => w.id === row.id)!;
  });
}

/** Record that an opening started or ended at other times than planned (before, during or after it). */
export async function adjustOpening(
  ctx: Ctx,
  deskId: string,
  input: OpeningAdjustment,
): Promise<OpeningWindow> {
  const { actor, desk } = await deskFor(ctx, deskId, 'opening.manage');
  const date = DateTime.fromISO(input.scheduledStart, { zone: desk.timezone }).toISODate()!;
  const day = await deskCalendar(ctx, deskId, { from: date, to: date });
  // Either an opening already recorded with that scheduled start, or one the weekly hours plan then.
  const existing = await repo.findByStart(ctx.db, actor.tenantId, deskId, input.scheduledStart);
  const target = day.openings.find((w) => w.id === null && w.start === input.scheduledStart);
  if (!target && !existing) throw invalidField('scheduledStart', 'validation.openingUnknown');
  return inTransaction(ctx, async (tx) => {
    const at = tx.now().toISOString();
    const row =
      existing ?? openingRow(actor.tenantId, deskId, 'scheduled', date, target!.start, target!.end, at);
    if (!existing) await repo.insertOpening(tx.db, row);
    const saved = (await repo.findByStart(tx.db, actor.tenantId, deskId, row.scheduled_start))!;
    const patch = {
      actual_start: localTime(date, input.opensAt, desk.timezone),
      actual_end: localTime(date, input.closesAt, desk.timezone),
      note: input.note ?? null,
      updated_at: at,
    };
    await repo.updateOpening(tx.db, actor.tenantId, saved.id, patch);
    await markRollupDirty(tx, actor.tenantId, deskId, date);
    await recordAudit(tx, {
      action: 'opening.adjusted',
      entityType: 'opening',
      entityId: saved.id,
      changedFields: ['actual_start', 'actual_end', 'note'],
    });
    tx.bus.publish({ tenantId: actor.tenantId, deskId });
    const window = calendar.openingsBetween(
      calendarDesk(desk),
      [storedOpening({ ...saved, ...patch })],
      [],
      date,
      date,
    );
    return window.find((w) => w.id === saved.id)!;
  });
}

export function openingRow(
  tenantId: string,
  deskId: string,
  kind: 'scheduled' | 'extra',
  date: string,
  start: string,
  end: string,
  at: string,
): OpeningsTable {
  return {
    tenant_id: tenantId,
    id: newId(),
    desk_id: deskId,
    kind,
    date,
    scheduled_start: start,
    scheduled_end: end,
    actual_start: null,
    actual_end: null,
    note: null,
    last_standard: 0,
    last_priority: 0,
    event_seq: 0,
    closed_at: null,
    created_at: at,
    updated_at: at,
  };
}

/**
 * The opening the desk is in at `now` (from `EARLY_MINUTES` before it until
 * its end plus the closing grace), created on first use unless `readOnly`.
 * Null when there is none (or, read-only, when it has no record yet).
 */
export async function currentOpening(
  tx: Ctx,
  tenantId: string,
  desk: DeskView,
  readOnly = false,
): Promise<OpeningsTable | null> {
  const local = DateTime.fromJSDate(tx.now(), { zone: desk.timezone });
  const stored = await recorded(
    tx,
    desk,
    tenantId,
    local.minus({ days: 1 }).toISODate()!,
    local.toISODate()!,
  );
  const window = calendar.windowAround(
    calendarDesk(desk),
    stored.openings,
    stored.closures,
    tx.now(),
    EARLY_MINUTES,
    desk.queue.closingGraceMinutes,
  );
  if (!window) return null;
  if (window.id) return (await repo.findOpening(tx.db, tenantId, window.id)) ?? null;
  if (readOnly) return null;
  await repo.insertOpening(
    tx.db,
    openingRow(tenantId, desk.id, 'scheduled', window.date, window.start, window.end, tx.now().toISOString()),
  );
  return (await repo.findByStart(tx.db, tenantId, desk.id, window.start)) ?? null;
}
