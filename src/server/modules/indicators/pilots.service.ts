/**
 * Pilots: the six-month trial of a desk, its targets and each staffing
 * organisation's evaluators' notes. Coordinators of an organisation staffing
 * the desk manage it; each organisation writes only its own notes section.
 */
import { DateTime } from 'luxon';
import type { z } from 'zod';
import {
  DEFAULT_PILOT_MONTHS,
  INDICATOR_IDS,
  type IndicatorId,
  indicatorDefinition,
} from '../../../shared/indicators';
import type {
  Pilot,
  PilotNoteInput,
  PilotUpdate,
  PilotValues,
  Targets,
} from '../../../shared/schemas/indicators';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Actor, type Ctx, inTransaction, localToday, nowIso } from '../../context';
import type { PilotsTable } from '../../db/tables';
import { changedFields, uniqueAs, updatedOne } from '../../db/writes';
import { conflict, invalidFields, notFound } from '../../errors';
import { newId } from '../../ids';
import { deskFor } from '../desks/desks.service';
import { desksStaffedBy } from '../referrals/referrals.repo';
import * as repo from './pilots.repo';

type PilotUpdateValues = z.output<typeof PilotUpdate>;

/** The inclusive end: the one given, else DEFAULT_PILOT_MONTHS after the start. */
export function pilotEnd(startDate: string, endDate: string | null): string {
  return (
    endDate ?? (DateTime.fromISO(startDate).plus({ months: DEFAULT_PILOT_MONTHS }).toISODate() as string)
  );
}

/** Only indicators with a direction take a target; every other one is named as a field error. */
function checkTargets(targets: Targets) {
  const wrong = Object.keys(targets).filter(
    (id) =>
      !INDICATOR_IDS.includes(id as IndicatorId) || indicatorDefinition(id as IndicatorId).better === null,
  );
  if (wrong.length > 0)
    throw invalidFields(
      wrong.map((id) => ({ field: `targets.${id}`, message: 'pilots.targetWithoutDirection' })),
    );
}

async function present(ctx: Ctx, tenantId: string, rows: repo.PilotRow[]): Promise<Pilot[]> {
  const staffing = await repo.staffingOf(ctx.db, tenantId, [...new Set(rows.map((r) => r.desk_id))]);
  const notes = await repo.notesOf(
    ctx.db,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    deskId: row.desk_id,
    deskName: row.desk_name,
    name: row.name,
    startDate: row.start_date,
    endDate: row.end_date,
    targets: JSON.parse(row.targets) as Targets,
    waitTargetMinutes: row.wait_target_minutes,
    version: row.version,
    notes: staffing
      .filter((s) => s.desk_id === row.desk_id)
      .map((org) => {
        const note = notes.find((n) => n.pilot_id === row.id && n.organisation_id === org.id);
        return {
          organisationId: org.id,
          organisationName: org.name,
          body: note?.body ?? '',
          updatedAt: note?.updated_at ?? null,
          updatedByName: note?.updated_by_name ?? null,
        };
      }),
  }));
}

/** A pilot of a desk the actor's organisation staffs; 404 for any other. */
async function visiblePilot(ctx: Ctx, actor: Actor, id: string): Promise<repo.PilotRow> {
  const row = await repo.findPilot(ctx.db, actor.tenantId, id);
  const desks = await desksStaffedBy(ctx.db, actor.tenantId, actor.organisationId);
  if (!row || !desks.includes(row.desk_id)) throw notFound();
  return row;
}

async function presentOne(ctx: Ctx, tenantId: string, id: string): Promise<Pilot> {
  const row = await repo.findPilot(ctx.db, tenantId, id);
  if (!row) throw notFound();
  return (await present(ctx, tenantId, [row]))[0] as Pilot;
}

/** The pilots of the desks my organisation staffs, newest first, with every organisation's notes. */
export async function listPilots(ctx: Ctx): Promise<Pilot[]> {
  const actor = requirePermission(ctx, 'indicator.read');
  const desks = await desksStaffedBy(ctx.db, actor.tenantId, actor.organisationId);
  return present(ctx, actor.tenantId, await repo.listPilots(ctx.db, actor.tenantId, desks));
}

export async function getPilot(ctx: Ctx, id: string): Promise<Pilot> {
  const actor = requirePermission(ctx, 'indicator.read');
  const row = await visiblePilot(ctx, actor, id);
  return (await present(ctx, actor.tenantId, [row]))[0] as Pilot;
}

const startTaken = (ctx: Ctx, write: () => Promise<unknown>) =>
  uniqueAs(ctx, 'startDate', 'pilots.startTaken', write);

/** Start a pilot at a desk my organisation staffs; the end defaults to six months after the start. */
export async function createPilot(ctx: Ctx, input: PilotValues): Promise<Pilot> {
  const { actor } = await deskFor(ctx, input.deskId, 'pilot.manage');
  checkTargets(input.targets);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const at = nowIso(tx);
    const row: PilotsTable = {
      tenant_id: actor.tenantId,
      id,
      desk_id: input.deskId,
      name: input.name,
      start_date: input.startDate,
      end_date: pilotEnd(input.startDate, input.endDate),
      targets: JSON.stringify(input.targets),
      wait_target_minutes: input.waitTargetMinutes,
      created_by: actor.userId,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await startTaken(tx, () => repo.insertPilot(tx.db, row));
    await recordAudit(tx, {
      action: 'pilot.created',
      entityType: 'pilot',
      entityId: id,
      changedFields: ['deskId', 'name', 'startDate', 'endDate', 'targets', 'waitTargetMinutes'],
    });
  });
  return presentOne(ctx, actor.tenantId, id);
}

/** Change a pilot; the version read must still be current (409 otherwise). */
export async function updatePilot(ctx: Ctx, id: string, input: PilotUpdateValues): Promise<Pilot> {
  const actor = requirePermission(ctx, 'pilot.manage');
  const row = await visiblePilot(ctx, actor, id);
  if (input.deskId !== row.desk_id) await deskFor(ctx, input.deskId, 'pilot.manage');
  checkTargets(input.targets);
  const values = {
    desk_id: input.deskId,
    name: input.name,
    start_date: input.startDate,
    end_date: pilotEnd(input.startDate, input.endDate),
    targets: JSON.stringify(input.targets),
    wait_target_minutes: input.waitTargetMinutes,
  };
  await inTransaction(ctx, async (tx) => {
    const result = await startTaken(tx, () =>
      repo.updatePilot(tx.db, actor.tenantId, id, input.version, { ...values, updated_at: nowIso(tx) }),
    );
    if (!updatedOne(result as never)) throw conflict();
    await recordAudit(tx, {
      action: 'pilot.updated',
      entityType: 'pilot',
      entityId: id,
      changedFields: changedFields({ ...row } as Record<string, unknown>, values).map(camel),
    });
  });
  return presentOne(ctx, actor.tenantId, id);
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Write my organisation's notes on the pilot; other organisations' notes are theirs alone. */
export async function writeNotes(
  ctx: Ctx,
  id: string,
  input: z.output<typeof PilotNoteInput>,
): Promise<Pilot> {
  const actor = requirePermission(ctx, 'pilot.manage');
  await visiblePilot(ctx, actor, id);
  await inTransaction(ctx, async (tx) => {
    await repo.upsertNote(tx.db, {
      tenant_id: actor.tenantId,
      pilot_id: id,
      organisation_id: actor.organisationId,
      body: input.body,
      updated_by: actor.userId,
      updated_at: nowIso(tx),
    });
    await recordAudit(tx, {
      action: 'pilot.note_updated',
      entityType: 'pilot',
      entityId: id,
      changedFields: ['notes'],
    });
  });
  return presentOne(ctx, actor.tenantId, id);
}

/**
 * The desk's pilot on a date (default today): the one whose period contains
 * it, else the latest; null when the desk has none. No access check: callers
 * (the indicator report) have checked the desk already.
 */
export async function pilotForDesk(
  ctx: Ctx,
  tenantId: string,
  deskId: string,
  date?: string,
): Promise<Pilot | null> {
  const row = await repo.pilotOn(ctx.db, tenantId, deskId, date ?? localToday(ctx));
  return row ? ((await present(ctx, tenantId, [row]))[0] ?? null) : null;
}
