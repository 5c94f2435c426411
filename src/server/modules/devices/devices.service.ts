/**
 * Kiosks and waiting-room displays. An administrator creates a device and
 * gets a one-time pairing link (24 hours); opening it on the tablet or TV
 * gives that browser a long-lived HttpOnly cookie. The device then acts for
 * its desk only, and only as what it is (a kiosk issues tickets, a display
 * shows calls). Revoking, or issuing a new link, ends the old cookie.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { DeviceInput, DevicePairing, DeviceView } from '../../../shared/schemas/queue';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction } from '../../context';
import { DomainError, notFound } from '../../errors';
import { newId } from '../../ids';
import { assertDeskExists } from '../desks/desks.service';
import * as repo from './devices.repo';

export const PAIRING_HOURS = 24;
const TOUCH_EVERY_MS = 60_000;

export interface DeviceIdentity {
  tenantId: string;
  id: string;
  deskId: string;
  kind: 'kiosk' | 'display';
  name: string;
  printer: 'none' | '58mm' | '80mm';
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

function present(row: repo.DeviceRow): DeviceView {
  return {
    id: row.id,
    name: row.name,
    deskId: row.desk_id,
    deskName: row.desk_name,
    kind: row.kind,
    printer: row.printer,
    pairedAt: row.paired_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}

export async function listDevices(ctx: Ctx): Promise<DeviceView[]> {
  const actor = requirePermission(ctx, 'device.manage');
  return (await repo.listDevices(ctx.db, actor.tenantId)).map(present);
}

/** Create a device and its first pairing link. */
export async function createDevice(ctx: Ctx, input: DeviceInput): Promise<DevicePairing> {
  const actor = requirePermission(ctx, 'device.manage');
  await assertDeskExists(ctx, actor.tenantId, input.deskId, 'deskId');
  return inTransaction(ctx, async (tx) => {
    const at = tx.now().toISOString();
    const id = newId();
    await repo.insertDevice(tx.db, {
      tenant_id: actor.tenantId,
      id,
      desk_id: input.deskId,
      kind: input.kind,
      name: input.name,
      printer: input.printer,
      token_hash: null,
      pairing_hash: null,
      pairing_expires_at: null,
      paired_at: null,
      last_seen_at: null,
      revoked_at: null,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(tx, {
      action: 'device.created',
      entityType: 'device',
      entityId: id,
      changedFields: ['name', 'kind', 'desk_id', 'printer'],
    });
    return issuePairing(tx, actor.tenantId, id);
  });
}

/** A fresh pairing link; the device's current cookie stops working until it is paired again. */
export async function newPairingLink(ctx: Ctx, id: string): Promise<DevicePairing> {
  const actor = requirePermission(ctx, 'device.manage');
  return inTransaction(ctx, (tx) => issuePairing(tx, actor.tenantId, id));
}

async function issuePairing(tx: Ctx, tenantId: string, id: string): Promise<DevicePairing> {
  if (!(await repo.findDevice(tx.db, tenantId, id))) throw notFound();
  const code = randomBytes(24).toString('base64url');
  const expiresAt = new Date(tx.now().getTime() + PAIRING_HOURS * 3_600_000).toISOString();
  await repo.updateDevice(tx.db, tenantId, id, {
    pairing_hash: sha256(code),
    pairing_expires_at: expiresAt,
    token_hash: null,
    revoked_at: null,
    updated_at: tx.now().toISOString(),
  });
  await recordAudit(tx, {
    action: 'device.pairing_issued',
    entityType: 'device',
    entityId: id,
    changedFields: ['pairing'],
  });
  const device = (await repo.findDevice(tx.db, tenantId, id))!;
  return {
    device: present(device),
    pairingUrl: `${tx.config.publicUrl}/device/pair#code=${tenantId}.${code}`,
    expiresAt,
  };
}

export async function revokeDevice(ctx: Ctx, id: string): Promise<DeviceView> {
  const actor = requirePermission(ctx, 'device.manage');
  return inTransaction(ctx, async (tx) => {
    if (!(await repo.findDevice(tx.db, actor.tenantId, id))) throw notFound();
    const at = tx.now().toISOString();
    await repo.updateDevice(tx.db, actor.tenantId, id, {
      token_hash: null,
      pairing_hash: null,
      revoked_at: at,
      updated_at: at,
    });
    await recordAudit(tx, {
      action: 'device.revoked',
      entityType: 'device',
      entityId: id,
      changedFields: ['revoked_at'],
    });
    return present((await repo.findDevice(tx.db, actor.tenantId, id))!);
  });
}

/** Spend a pairing code: returns the cookie value for the device and its kind. */
export async function pairDevice(
  ctx: Ctx,
  code: string,
): Promise<{ cookieValue: string; kind: 'kiosk' | 'display' }> {
  const dot = code.indexOf('.');
  const invalid = () => new DomainError('gone', 'errors.devicePairing', {}, [], 'device_pairing');
  if (dot < 1) throw invalid();
  const tenantId = code.slice(0, dot);
  return inTransaction(ctx, async (tx) => {
    const device = await repo.findByPairing(tx.db, tenantId, sha256(code.slice(dot + 1)));
    if (!device?.pairing_expires_at || Date.parse(device.pairing_expires_at) <= tx.now().getTime()) {
      throw invalid();
    }
    const token = randomBytes(32).toString('base64url');
    const at = tx.now().toISOString();
    await repo.updateDevice(tx.db, tenantId, device.id, {
      token_hash: sha256(token),
      pairing_hash: null,
      pairing_expires_at: null,
      paired_at: at,
      last_seen_at: at,
      updated_at: at,
    });
    await recordAudit(tx, {
      tenantId,
      actorId: null,
      action: 'device.paired',
      entityType: 'device',
      entityId: device.id,
    });
    return { cookieValue: `${tenantId}.${token}`, kind: device.kind };
  });
}

/** The device behind a cookie, if it is paired and not revoked; notes when it was last seen. */
export async function resolveDevice(
  ctx: Ctx,
  cookieValue: string | undefined,
): Promise<DeviceIdentity | null> {
  const dot = cookieValue?.indexOf('.') ?? -1;
  if (!cookieValue || dot < 1) return null;
  const tenantId = cookieValue.slice(0, dot);
  const row = await repo.findByToken(ctx.db, tenantId, sha256(cookieValue.slice(dot + 1)));
  if (!row) return null;
  const now = ctx.now();
  if (!row.last_seen_at || now.getTime() - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await repo.updateDevice(ctx.db, tenantId, row.id, { last_seen_at: now.toISOString() });
  }
  return { tenantId, id: row.id, deskId: row.desk_id, kind: row.kind, name: row.name, printer: row.printer };
}
