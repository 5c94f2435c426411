/** Queries on paired devices (kiosks and waiting-room displays). */
import type { Kysely } from 'kysely';
import type { DB, DevicesTable } from '../../db/tables';

const withDesk = (db: Kysely<DB>, tenantId: string) =>
  db
    .selectFrom('devices as v')
    .innerJoin('desks as d', (join) =>
      join.onRef('d.tenant_id', '=', 'v.tenant_id').onRef('d.id', '=', 'v.desk_id'),
    )
    .selectAll('v')
    .select('d.name as desk_name')
    .where('v.tenant_id', '=', tenantId);

export type DeviceRow = DevicesTable & { desk_name: string };

export async function listDevices(db: Kysely<DB>, tenantId: string): Promise<DeviceRow[]> {
  return withDesk(db, tenantId).orderBy('d.name').orderBy('v.name').execute();
}

export async function findDevice(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
): Promise<DeviceRow | undefined> {
  return withDesk(db, tenantId).where('v.id', '=', id).executeTakeFirst();
}

export async function findByPairing(db: Kysely<DB>, tenantId: string, pairingHash: string) {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('pairing_hash', '=', pairingHash)
    .executeTakeFirst();
}

export async function findByToken(db: Kysely<DB>, tenantId: string, tokenHash: string) {
  return db
    .selectFrom('devices')
    .select(['tenant_id', 'id', 'desk_id', 'kind', 'name', 'printer', 'last_seen_at'])
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function insertDevice(db: Kysely<DB>, row: DevicesTable) {
  await db.insertInto('devices').values(row).execute();
}

export async function updateDevice(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  patch: Partial<DevicesTable>,
) {
  await db.updateTable('devices').set(patch).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}
