/** Queries behind bounce (rimpallo) detection and the bounce lists. */
import type { Kysely } from 'kysely';
import type { BouncesTable, DB } from '../../db/tables';

/** The latest rejected or failed referral of the person in the area created since `since`, other than `excludeId`. */
export async function lastFailedReferral(
  db: Kysely<DB>,
  tenantId: string,
  personId: string,
  areaCode: string,
  since: string,
  excludeId: string,
) {
  return db
    .selectFrom('referrals')
    .select(['id'])
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .where('area_code', '=', areaCode)
    .where('status', 'in', ['rejected', 'failed'])
    .where('created_at', '>=', since)
    .where('id', '!=', excludeId)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** Referrals of the person in these areas since `since` that never reached accepted, from other contacts. */
export async function unacceptedReferrals(
  db: Kysely<DB>,
  tenantId: string,
  personId: string,
  areaCodes: readonly string[],
  since: string,
  excludeContactId: string,
) {
  if (areaCodes.length === 0) return [];
  return db
    .selectFrom('referrals')
    .select(['id', 'area_code'])
    .where('tenant_id', '=', tenantId)
    .where('person_id', '=', personId)
    .where('area_code', 'in', areaCodes)
    .where('accepted_at', 'is', null)
    .where('status', '!=', 'entered-in-error')
    .where('created_at', '>=', since)
    .where('contact_id', '!=', excludeContactId)
    .execute();
}

/** Record a bounce once: a second detection of the same one changes nothing. */
export async function insertBounce(db: Kysely<DB>, row: BouncesTable) {
  await db
    .insertInto('bounces')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'referral_id']).doNothing())
    .execute();
}

export async function listBounces(
  db: Kysely<DB>,
  tenantId: string,
  filter: { deskIds?: readonly string[] | undefined; personId?: string | undefined; limit?: number },
) {
  let query = db.selectFrom('bounces').selectAll().where('tenant_id', '=', tenantId);
  if (filter.deskIds) {
    if (filter.deskIds.length === 0) return [];
    query = query.where('desk_id', 'in', filter.deskIds);
  }
  if (filter.personId) query = query.where('person_id', '=', filter.personId);
  return query
    .orderBy('detected_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 500)
    .execute();
}
