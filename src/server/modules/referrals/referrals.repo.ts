/**
 * Queries on referrals and their events, and on what a referral points at:
 * the request and its contact, the directory service, the desk's staffing
 * organisations, the people who should hear about it. Queries only.
 */
import type { Kysely } from 'kysely';
import type { DB, ReferralEventsTable, ReferralsTable } from '../../db/tables';

function referralsWithNames(db: Kysely<DB>, tenantId: string) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('directory_services as s', (j) =>
      j.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.id', '=', 'r.service_id'),
    )
    .innerJoin('organisations as o', (j) =>
      j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.organisation_id'),
    )
    .innerJoin('organisations as so', (j) =>
      j.onRef('so.tenant_id', '=', 'r.tenant_id').onRef('so.id', '=', 'r.sender_organisation_id'),
    )
    .innerJoin('desks as d', (j) =>
      j.onRef('d.tenant_id', '=', 'r.tenant_id').onRef('d.id', '=', 'r.desk_id'),
    )
    .innerJoin('people as p', (j) =>
      j.onRef('p.tenant_id', '=', 'r.tenant_id').onRef('p.id', '=', 'r.person_id'),
    )
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.created_by'),
    )
    .selectAll('r')
    .select([
      's.name as service_name',
      'o.name as organisation_name',
      'so.name as sender_organisation_name',
      'd.name as desk_name',
      'p.given_name',
      'p.family_name',
      'p.birth_date',
      'p.phone',
      'p.email',
      'u.full_name as created_by_name',
    ])
    .where('r.tenant_id', '=', tenantId);
}

export type ReferralRow = Awaited<ReturnType<typeof findReferral>> & {};

export async function findReferral(db: Kysely<DB>, tenantId: string, id: string) {
  return referralsWithNames(db, tenantId).where('r.id', '=', id).executeTakeFirst();
}

export interface ReferralFilter {
  /** Referrals sent to this receiving organisation (drafts stay the desk's). */
  organisationId?: string | undefined;
  /** Referrals sent from these desks. */
  deskIds?: readonly string[] | undefined;
  personId?: string | undefined;
  status?: string | undefined;
  /** Only those still unacknowledged at this instant past their deadline. */
  overdueAt?: string | undefined;
  limit: number;
}

export async function listReferrals(db: Kysely<DB>, tenantId: string, filter: ReferralFilter) {
  let query = referralsWithNames(db, tenantId);
  if (filter.organisationId)
    query = query.where('r.organisation_id', '=', filter.organisationId).where('r.sent_at', 'is not', null);
  if (filter.deskIds) {
    if (filter.deskIds.length === 0) return [];
    query = query.where('r.desk_id', 'in', filter.deskIds);
  }
  if (filter.personId) query = query.where('r.person_id', '=', filter.personId);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.overdueAt)
    query = query
      .where('r.status', '=', 'requested')
      .where('r.acknowledged_at', 'is', null)
      .where('r.overdue_from', '<=', filter.overdueAt);
  return query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(filter.limit).execute();
}

export async function insertReferral(db: Kysely<DB>, row: ReferralsTable) {
  await db.insertInto('referrals').values(row).execute();
}

export async function updateReferral(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  version: number,
  patch: Partial<Omit<ReferralsTable, 'tenant_id' | 'id' | 'version'>>,
) {
  return db
    .updateTable('referrals')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function insertEvent(db: Kysely<DB>, row: ReferralEventsTable) {
  await db.insertInto('referral_events').values(row).execute();
}

export async function lastSeq(db: Kysely<DB>, tenantId: string, referralId: string): Promise<number> {
  const row = await db
    .selectFrom('referral_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('tenant_id', '=', tenantId)
    .where('referral_id', '=', referralId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

export async function eventsOf(db: Kysely<DB>, tenantId: string, referralId: string) {
  return db
    .selectFrom('referral_events as e')
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.actor_id'),
    )
    .leftJoin('organisations as o', (j) =>
      j.onRef('o.tenant_id', '=', 'e.tenant_id').onRef('o.id', '=', 'e.organisation_id'),
    )
    .selectAll('e')
    .select(['u.full_name as actor_name', 'o.name as organisation_name'])
    .where('e.tenant_id', '=', tenantId)
    .where('e.referral_id', '=', referralId)
    .orderBy('e.seq')
    .execute();
}

// ── what a referral points at ──

/** A request with its contact: where it was recorded and for whom. */
export async function findRequest(db: Kysely<DB>, tenantId: string, requestId: string) {
  return db
    .selectFrom('contact_requests as q')
    .innerJoin('contacts as c', (j) =>
      j.onRef('c.tenant_id', '=', 'q.tenant_id').onRef('c.id', '=', 'q.contact_id'),
    )
    .select([
      'q.id',
      'q.contact_id',
      'q.area_code',
      'q.category_code',
      'q.outcome_code',
      'c.desk_id',
      'c.person_id',
    ])
    .where('q.tenant_id', '=', tenantId)
    .where('q.id', '=', requestId)
    .executeTakeFirst();
}

export async function setRequestOutcome(
  db: Kysely<DB>,
  tenantId: string,
  requestId: string,
  outcome: string,
) {
  await db
    .updateTable('contact_requests')
    .set({ outcome_code: outcome })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', requestId)
    .execute();
}

export async function deskOrganisationIds(db: Kysely<DB>, tenantId: string, deskId: string) {
  const rows = await db
    .selectFrom('desk_organisations')
    .select('organisation_id')
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .execute();
  return rows.map((r) => r.organisation_id);
}

export async function desksStaffedBy(db: Kysely<DB>, tenantId: string, organisationId: string) {
  const rows = await db
    .selectFrom('desk_organisations')
    .select('desk_id')
    .where('tenant_id', '=', tenantId)
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((r) => r.desk_id);
}

/** Active users of an organisation holding a role, with what a notification needs. */
export async function usersWithRole(db: Kysely<DB>, tenantId: string, organisationId: string, role: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as ur', (j) =>
      j.onRef('ur.tenant_id', '=', 'u.tenant_id').onRef('ur.user_id', '=', 'u.id'),
    )
    .select(['u.id', 'u.email', 'u.locale'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.organisation_id', '=', organisationId)
    .where('u.is_active', '=', 1)
    .where('ur.role', '=', role)
    .execute();
}

export async function activeUsers(db: Kysely<DB>, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'email', 'locale'])
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', ids)
    .where('is_active', '=', 1)
    .execute();
}

// ── overdue reminders (all tenants: the job runs for the whole server) ──

export async function dueForReminder(db: Kysely<DB>, now: string, limit = 200) {
  return db
    .selectFrom('referrals')
    .select(['tenant_id', 'id', 'organisation_id', 'desk_id', 'sent_at', 'created_by', 'version'])
    .where('status', '=', 'requested')
    .where('acknowledged_at', 'is', null)
    .where('reminded_at', 'is', null)
    .where('overdue_from', '<=', now)
    .orderBy('overdue_from')
    .limit(limit)
    .execute();
}

/** Claim the one reminder of a referral: true only for the process whose update took it. */
export async function claimReminder(db: Kysely<DB>, tenantId: string, id: string, now: string) {
  const result = await db
    .updateTable('referrals')
    .set({ reminded_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .where('status', '=', 'requested')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
