/**
 * Desks: where the Sportello is, and which organisations staff it together.
 * Schedules, openings and presence build on this (issue 3).
 */

import type { Permission } from '../../../shared/permissions';
import type { OrganisationKind } from '../../../shared/roles';
import type { DeskInput, DeskUpdate, DeskView } from '../../../shared/schemas/accounts';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Actor, type Ctx, inTransaction } from '../../context';
import type { DesksTable } from '../../db/tables';
import { changedFields, uniqueAs, updatedOne } from '../../db/writes';
import { conflict, forbidden, invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import { assertMunicipalityExists } from '../accounts/municipalities.service';
import { assertOrganisationsExist } from '../accounts/organisations.service';
import * as repo from './desks.repo';

async function present(ctx: Ctx, rows: DesksTable[]): Promise<DeskView[]> {
  const tenantId = rows[0]?.tenant_id ?? '';
  const ids = rows.map((row) => row.id);
  const [staffing, hours] = await Promise.all([
    repo.staffingOf(ctx.db, tenantId, ids),
    repo.hoursOf(ctx.db, tenantId, ids),
  ]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    address: row.address,
    municipalityId: row.municipality_id,
    timezone: row.timezone,
    organisations: (staffing.get(row.id) ?? []).map((o) => ({ ...o, kind: o.kind as OrganisationKind })),
    hours: hours.get(row.id) ?? [],
    ...presentSettings(row),
    isActive: row.is_active === 1,
    version: row.version,
  }));
}

/** The desk's queue and calendar settings, as the API shows them. */
export function presentSettings(row: DesksTable): Pick<DeskView, 'counters' | 'patronDay' | 'queue'> {
  return {
    counters: JSON.parse(row.counters) as string[],
    patronDay: row.patron_day && row.patron_name ? { date: row.patron_day, name: row.patron_name } : null,
    queue: {
      maxPriorityStreak: row.queue_max_priority_streak,
      standardMaxWaitMinutes: row.queue_standard_max_wait_minutes,
      noShowAfterRecalls: row.queue_no_show_after_recalls,
      closingGraceMinutes: row.queue_closing_grace_minutes,
    },
  };
}

/** Columns for the settings part of a desk input. */
function settingsColumns(input: Pick<DeskInput, 'counters' | 'patronDay' | 'queue'>) {
  return {
    counters: JSON.stringify(input.counters),
    patron_day: input.patronDay?.date ?? null,
    patron_name: input.patronDay?.name ?? null,
    queue_max_priority_streak: input.queue.maxPriorityStreak,
    queue_standard_max_wait_minutes: input.queue.standardMaxWaitMinutes,
    queue_no_show_after_recalls: input.queue.noShowAfterRecalls,
    queue_closing_grace_minutes: input.queue.closingGraceMinutes,
  };
}

export async function listDesks(ctx: Ctx): Promise<DeskView[]> {
  const actor = requirePermission(ctx, 'desk.read');
  return present(ctx, await repo.listDesks(ctx.db, actor.tenantId));
}

export async function getDesk(ctx: Ctx, id: string): Promise<DeskView> {
  const actor = requirePermission(ctx, 'desk.read');
  return loadDesk(ctx, actor.tenantId, id);
}

async function loadDesk(ctx: Ctx, tenantId: string, id: string): Promise<DeskView> {
  const row = await repo.findDesk(ctx.db, tenantId, id);
  if (!row) throw notFound();
  const [desk] = await present(ctx, [row]);
  return desk!;
}

export async function createDesk(ctx: Ctx, input: DeskInput): Promise<DeskView> {
  const actor = requirePermission(ctx, 'desk.manage');
  return inTransaction(ctx, (tx) => insertDesk(tx, actor.tenantId, input));
}

/** Insert without the permission check, for the demo. */
export async function insertDesk(tx: Ctx, tenantId: string, input: DeskInput): Promise<DeskView> {
  await checkReferences(tx, tenantId, input);
  const at = tx.now().toISOString();
  const row: DesksTable = {
    tenant_id: tenantId,
    id: newId(),
    name: input.name,
    address: input.address,
    municipality_id: input.municipalityId ?? null,
    timezone: input.timezone,
    ...settingsColumns(input),
    is_active: 1,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await uniqueAs(tx, 'name', 'validation.nameTaken', () => repo.insertDesk(tx.db, row));
  await repo.replaceStaffing(tx.db, tenantId, row.id, [...new Set(input.organisationIds)]);
  await repo.replaceHours(tx.db, tenantId, row.id, input.hours);
  await recordAudit(tx, {
    tenantId,
    action: 'desk.created',
    entityType: 'desk',
    entityId: row.id,
    changedFields: ['name', 'address', 'municipality_id', 'timezone', 'organisations', 'hours', 'settings'],
  });
  return loadDesk(tx, tenantId, row.id);
}

export async function updateDesk(ctx: Ctx, id: string, input: DeskUpdate): Promise<DeskView> {
  const actor = requirePermission(ctx, 'desk.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadDesk(tx, actor.tenantId, id);
    await checkReferences(tx, actor.tenantId, input);
    const patch = {
      name: input.name,
      address: input.address,
      municipality_id: input.municipalityId ?? null,
      timezone: input.timezone,
    };
    const fields = changedFields(
      {
        name: before.name,
        address: before.address,
        municipality_id: before.municipalityId,
        timezone: before.timezone,
      },
      patch,
    );
    const organisationIds = [...new Set(input.organisationIds)].sort();
    if (JSON.stringify(organisationIds) !== JSON.stringify(before.organisations.map((o) => o.id).sort())) {
      fields.push('organisations');
    }
    const hours = [...input.hours].sort(
      (a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt),
    );
    if (JSON.stringify(hours) !== JSON.stringify(before.hours)) fields.push('hours');
    const result = await uniqueAs(tx, 'name', 'validation.nameTaken', () =>
      repo.updateDesk(tx.db, actor.tenantId, id, input.version, {
        ...patch,
        updated_at: tx.now().toISOString(),
      }),
    );
    if (!updatedOne(result)) throw conflict();
    await repo.replaceStaffing(tx.db, actor.tenantId, id, organisationIds);
    await repo.replaceHours(tx.db, actor.tenantId, id, hours);
    await recordAudit(tx, {
      action: 'desk.updated',
      entityType: 'desk',
      entityId: id,
      changedFields: fields,
    });
    return loadDesk(tx, actor.tenantId, id);
  });
}

export async function setDeskActive(ctx: Ctx, id: string, isActive: boolean): Promise<DeskView> {
  const actor = requirePermission(ctx, 'desk.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await loadDesk(tx, actor.tenantId, id);
    await repo.updateDesk(tx.db, actor.tenantId, id, before.version, {
      is_active: isActive ? 1 : 0,
      updated_at: tx.now().toISOString(),
    });
    await recordAudit(tx, {
      action: isActive ? 'desk.reactivated' : 'desk.deactivated',
      entityType: 'desk',
      entityId: id,
      changedFields: ['is_active'],
    });
    return loadDesk(tx, actor.tenantId, id);
  });
}

async function checkReferences(tx: Ctx, tenantId: string, input: DeskInput) {
  await assertOrganisationsExist(tx, tenantId, input.organisationIds, 'organisationIds');
  if (input.municipalityId)
    await assertMunicipalityExists(tx, tenantId, input.municipalityId, 'municipalityId');
}

/** The id must name a desk of the tenant; reports the field otherwise. */
export async function assertDeskExists(ctx: Ctx, tenantId: string, id: string, field: string) {
  if (!(await repo.findDesk(ctx.db, tenantId, id))) throw invalidField(field, 'validation.unknownDesk');
}

/**
 * The acting user may work at this desk with this permission: administrators
 * at any desk of the tenant, everyone else only at desks their organisation
 * staffs. The access check for every desk-scoped action.
 */
export async function deskFor(
  ctx: Ctx,
  deskId: string,
  permission: Permission,
): Promise<{ actor: Actor; desk: DeskView }> {
  const actor = requirePermission(ctx, permission);
  const desk = await loadDesk(ctx, actor.tenantId, deskId);
  const isStaffing = desk.organisations.some((o) => o.id === actor.organisationId);
  if (!isStaffing && !actor.roles.includes('admin'))
    throw forbidden('errors.deskNotStaffed', 'desk_not_staffed');
  return { actor, desk };
}

/** A desk as anyone may see it (kiosk, display, public status), without a signed-in user. */
export async function publicDesk(ctx: Ctx, tenantId: string, deskId: string): Promise<DeskView> {
  const desk = await loadDesk(ctx, tenantId, deskId);
  if (!desk.isActive) throw notFound();
  return desk;
}

/** An active desk by id alone, for public pages (the id is the desk's public address). */
export async function findPublicDesk(
  ctx: Ctx,
  deskId: string,
): Promise<{ tenantId: string; desk: DeskView }> {
  const row = await repo.findDeskAnyTenant(ctx.db, deskId);
  if (row?.is_active !== 1) throw notFound();
  return { tenantId: row.tenant_id, desk: await loadDesk(ctx, row.tenant_id, deskId) };
}
