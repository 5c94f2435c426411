/**
 * Queries for the pseudonymised dataset: contacts of a period in keyset
 * batches (date, id) and their requests. They select only the columns the
 * dataset may carry — never names, codice fiscale, birth dates, phones,
 * e-mails, descriptions or notes. Queries only.
 */
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { ContactsTable, DB } from '../../db/tables';
import { contactConditions } from './records.repo';

export interface DatasetFilter {
  tenantId: string;
  deskIds: readonly string[];
  from: string;
  to: string;
  organisationId?: string | undefined;
  municipalityId?: string | undefined;
  areaCode?: string | undefined;
}

type ContactsEb = ExpressionBuilder<DB & { c: ContactsTable }, 'c'>;

/** The contacts a dataset covers: the scope's desks, the period, and the query's filters. */
function covered(eb: ContactsEb, f: DatasetFilter) {
  const conditions = [
    eb('c.tenant_id', '=', f.tenantId),
    eb('c.desk_id', 'in', f.deskIds.length > 0 ? [...f.deskIds] : ['']),
    eb('c.date', '>=', f.from),
    eb('c.date', '<=', f.to),
  ];
  // The organisation, municipality and area filters, as the indicators apply them.
  conditions.push(...contactConditions(f).map((condition) => eb.and([condition])));
  return eb.and(conditions);
}

export async function countContacts(db: Kysely<DB>, f: DatasetFilter): Promise<number> {
  const row = await db
    .selectFrom('contacts as c')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => covered(eb, f))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The next batch of contacts after (date, id), in that order. */
export async function contactBatch(
  db: Kysely<DB>,
  f: DatasetFilter,
  after: { date: string; id: string } | null,
  size: number,
) {
  let q = db
    .selectFrom('contacts as c')
    .innerJoin('desks as d', (j) =>
      j.onRef('d.tenant_id', '=', 'c.tenant_id').onRef('d.id', '=', 'c.desk_id'),
    )
    .leftJoin('municipalities as m', (j) =>
      j.onRef('m.tenant_id', '=', 'c.tenant_id').onRef('m.id', '=', 'c.municipality_id'),
    )
    .select([
      'c.id',
      'c.person_id',
      'c.date',
      'c.started_at',
      'c.channel',
      'c.visitor_type',
      'c.age_band',
      'c.sex',
      'c.citizenship_group',
      'c.heard_from',
      'c.language',
      'c.interpreter',
      'c.is_joint',
      'd.name as desk_name',
      'd.timezone',
      'm.istat_code',
    ])
    .where((eb) => covered(eb as unknown as ContactsEb, f));
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('c.date', '>', after.date),
        eb.and([eb('c.date', '=', after.date), eb('c.id', '>', after.id)]),
      ]),
    );
  return q.orderBy('c.date').orderBy('c.id').limit(size).execute();
}

/** The requests of these contacts (only the area's, when given), with the outcome's indicator group. */
export async function requestsOf(
  db: Kysely<DB>,
  tenantId: string,
  contactIds: readonly string[],
  areaCode?: string,
) {
  if (contactIds.length === 0) return [];
  let q = db
    .selectFrom('contact_requests as r')
    .leftJoin('vocabulary_terms as v', (j) =>
      j
        .onRef('v.tenant_id', '=', 'r.tenant_id')
        .onRef('v.code', '=', 'r.outcome_code')
        .on('v.kind', '=', 'outcome'),
    )
    .select([
      'r.contact_id',
      'r.position',
      'r.area_code',
      'r.category_code',
      'r.outcome_code',
      'v.outcome_group',
    ])
    .where('r.tenant_id', '=', tenantId)
    .where('r.contact_id', 'in', [...contactIds]);
  if (areaCode) q = q.where('r.area_code', '=', areaCode);
  return q.orderBy('r.contact_id').orderBy('r.position').execute();
}
