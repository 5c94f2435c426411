/**
 * The records indicators are computed from: a desk's contacts, tickets,
 * openings, referrals, bounces and feedback, by local day or by period with
 * the dashboard's filters. Queries only.
 */
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../../db/tables';

/** Contacts narrowed to the desks, dates and filters of a report. */
export interface ContactFilter {
  deskIds: readonly string[];
  from: string;
  to: string;
  organisationId?: string | undefined;
  municipalityId?: string | undefined;
  areaCode?: string | undefined;
}

/**
 * The organisation, municipality and area filters as conditions on a
 * contact aliased `c`, for any query that has one.
 */
export function contactConditions(
  filter: Omit<ContactFilter, 'deskIds' | 'from' | 'to'>,
): RawBuilder<boolean>[] {
  const conditions: RawBuilder<boolean>[] = [];
  if (filter.municipalityId) conditions.push(sql<boolean>`c.municipality_id = ${filter.municipalityId}`);
  if (filter.organisationId)
    conditions.push(
      sql<boolean>`exists (select 1 from contact_operators o where o.tenant_id = c.tenant_id and o.contact_id = c.id and o.organisation_id = ${filter.organisationId})`,
    );
  if (filter.areaCode)
    conditions.push(
      sql<boolean>`exists (select 1 from contact_requests q where q.tenant_id = c.tenant_id and q.contact_id = c.id and q.area_code = ${filter.areaCode})`,
    );
  return conditions;
}

const CONTACT_COLUMNS = [
  'c.id',
  'c.desk_id',
  'c.date',
  'c.channel',
  'c.visitor_type',
  'c.person_id',
  'c.age_band',
  'c.sex',
  'c.municipality_id',
  'c.citizenship_group',
  'c.heard_from',
  'c.interpreter',
  'c.is_joint',
  'c.started_at',
] as const;

export async function contactsWithRequests(db: Kysely<DB>, tenantId: string, filter: ContactFilter) {
  if (filter.deskIds.length === 0) return [];
  let query = db
    .selectFrom('contacts as c')
    .select(CONTACT_COLUMNS)
    .where('c.tenant_id', '=', tenantId)
    .where('c.desk_id', 'in', filter.deskIds)
    .where('c.date', '>=', filter.from)
    .where('c.date', '<=', filter.to);
  for (const condition of contactConditions(filter)) query = query.where(condition);
  const contacts = await query.orderBy('c.date').orderBy('c.id').execute();
  return withRequests(db, tenantId, contacts);
}

/** A desk's contacts on some local days, with their requests. */
export async function contactsOfDays(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  dates: readonly string[],
) {
  if (dates.length === 0) return [];
  const contacts = await db
    .selectFrom('contacts as c')
    .select(CONTACT_COLUMNS)
    .where('c.tenant_id', '=', tenantId)
    .where('c.desk_id', '=', deskId)
    .where('c.date', 'in', dates)
    .orderBy('c.date')
    .orderBy('c.id')
    .execute();
  return withRequests(db, tenantId, contacts);
}

async function withRequests<C extends { id: string }>(db: Kysely<DB>, tenantId: string, contacts: C[]) {
  const requests = await requestsOf(
    db,
    tenantId,
    contacts.map((c) => c.id),
  );
  return contacts.map((c) => ({ ...c, requests: requests.get(c.id) ?? [] }));
}

async function requestsOf(db: Kysely<DB>, tenantId: string, contactIds: readonly string[]) {
  const out = new Map<string, { area_code: string; category_code: string; outcome_code: string }[]>();
  for (let i = 0; i < contactIds.length; i += 500) {
    const rows = await db
      .selectFrom('contact_requests')
      .select(['contact_id', 'area_code', 'category_code', 'outcome_code'])
      .where('tenant_id', '=', tenantId)
      .where('contact_id', 'in', contactIds.slice(i, i + 500))
      .orderBy('contact_id')
      .orderBy('position')
      .execute();
    for (const r of rows) out.set(r.contact_id, [...(out.get(r.contact_id) ?? []), r]);
  }
  return out;
}

/** Every contact (id, date, time) of these people, in order: the first is their first contact ever. */
export async function contactsOfPeople(db: Kysely<DB>, tenantId: string, personIds: readonly string[]) {
  const rows: { id: string; person_id: string | null; date: string; started_at: string }[] = [];
  for (let i = 0; i < personIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('contacts')
        .select(['id', 'person_id', 'date', 'started_at'])
        .where('tenant_id', '=', tenantId)
        .where('person_id', 'in', personIds.slice(i, i + 500))
        .execute()),
    );
  }
  return rows;
}

/** The categories these people asked about, by local date, between two dates (inclusive). */
export async function requestsOfPeople(
  db: Kysely<DB>,
  tenantId: string,
  personIds: readonly string[],
  from: string,
  to: string,
) {
  const rows: { person_id: string | null; category_code: string; date: string }[] = [];
  for (let i = 0; i < personIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('contacts as c')
        .innerJoin('contact_requests as r', (j) =>
          j.onRef('r.tenant_id', '=', 'c.tenant_id').onRef('r.contact_id', '=', 'c.id'),
        )
        .select(['c.person_id', 'r.category_code', 'c.date'])
        .where('c.tenant_id', '=', tenantId)
        .where('c.person_id', 'in', personIds.slice(i, i + 500))
        .where('c.date', '>=', from)
        .where('c.date', '<=', to)
        .execute()),
    );
  }
  return rows;
}

/** Distinct identified people with a contact in the desks and period (with the same filters). */
export async function countPersons(db: Kysely<DB>, tenantId: string, filter: ContactFilter): Promise<number> {
  if (filter.deskIds.length === 0) return 0;
  let query = db
    .selectFrom('contacts as c')
    .select((eb) => eb.fn.count<number>('c.person_id').distinct().as('n'))
    .where('c.tenant_id', '=', tenantId)
    .where('c.desk_id', 'in', filter.deskIds)
    .where('c.date', '>=', filter.from)
    .where('c.date', '<=', filter.to)
    .where('c.person_id', 'is not', null);
  for (const condition of contactConditions(filter)) query = query.where(condition);
  const row = await query.executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function openingsOfDays(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  dates: readonly string[],
) {
  if (dates.length === 0) return [];
  return db
    .selectFrom('openings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('date', 'in', dates)
    .execute();
}

export async function presencesOf(db: Kysely<DB>, tenantId: string, openingIds: readonly string[]) {
  if (openingIds.length === 0) return [];
  return db
    .selectFrom('presences')
    .select(['opening_id', 'organisation_id', 'checked_in_at', 'checked_out_at'])
    .where('tenant_id', '=', tenantId)
    .where('opening_id', 'in', openingIds)
    .execute();
}

export async function ticketsOf(db: Kysely<DB>, tenantId: string, openingIds: readonly string[]) {
  if (openingIds.length === 0) return [];
  return db
    .selectFrom('tickets')
    .select(['opening_id', 'status', 'issued_at', 'first_called_at', 'called_at', 'closed_at'])
    .where('tenant_id', '=', tenantId)
    .where('opening_id', 'in', openingIds)
    .execute();
}

/** Referrals the desks sent between two instants [from, to), drafts and mistakes left out, with the filters. */
export async function referralsSent(
  db: Kysely<DB>,
  tenantId: string,
  filter: Omit<ContactFilter, 'from' | 'to'>,
  fromInstant: string,
  toInstant: string,
) {
  if (filter.deskIds.length === 0) return [];
  let query = db
    .selectFrom('referrals as r')
    .innerJoin('contacts as c', (j) =>
      j.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.id', '=', 'r.contact_id'),
    )
    .select([
      'r.status',
      'r.sent_at',
      'r.accepted_at',
      'r.acknowledged_at',
      'r.overdue_from',
      'r.status_reason',
    ])
    .where('r.tenant_id', '=', tenantId)
    .where('r.desk_id', 'in', filter.deskIds)
    .where('r.sent_at', '>=', fromInstant)
    .where('r.sent_at', '<', toInstant)
    .where('r.status', 'not in', ['draft', 'entered-in-error']);
  if (filter.areaCode) query = query.where('r.area_code', '=', filter.areaCode);
  for (const condition of contactConditions({ ...filter, areaCode: undefined }))
    query = query.where(condition);
  return query.execute();
}

/** Bounces detected at the desks between two instants [from, to), with the filters (through the referral's contact). */
export async function bouncesDetected(
  db: Kysely<DB>,
  tenantId: string,
  filter: Omit<ContactFilter, 'from' | 'to'>,
  fromInstant: string,
  toInstant: string,
) {
  if (filter.deskIds.length === 0) return [];
  let query = db
    .selectFrom('bounces as b')
    .innerJoin('referrals as r', (j) =>
      j.onRef('r.tenant_id', '=', 'b.tenant_id').onRef('r.id', '=', 'b.referral_id'),
    )
    .innerJoin('contacts as c', (j) =>
      j.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.id', '=', 'r.contact_id'),
    )
    .select(['b.kind', 'b.detected_at'])
    .where('b.tenant_id', '=', tenantId)
    .where('b.desk_id', 'in', filter.deskIds)
    .where('b.detected_at', '>=', fromInstant)
    .where('b.detected_at', '<', toInstant);
  if (filter.areaCode) query = query.where('b.area_code', '=', filter.areaCode);
  for (const condition of contactConditions({ ...filter, areaCode: undefined }))
    query = query.where(condition);
  return query.execute();
}

export async function feedbackOfDays(
  db: Kysely<DB>,
  tenantId: string,
  deskId: string,
  dates: readonly string[],
) {
  if (dates.length === 0) return [];
  return db
    .selectFrom('feedback')
    .select(['date', 'score'])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('date', 'in', dates)
    .execute();
}

/** The desk-days with contacts of these people: what to rebuild when their history changes. */
export async function daysOfPeople(db: Kysely<DB>, tenantId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('contacts')
    .select(['desk_id', 'date'])
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('person_id', 'in', personIds)
    .execute();
}
