/** Queries of the anonymous satisfaction feedback. Nothing here links an answer to a person. */
import type { Kysely } from 'kysely';
import type { DB, FeedbackTable } from '../../db/tables';

/** The ticket an answer names: its desk and status, to check it was served there. */
export async function findTicket(db: Kysely<DB>, tenantId: string, ticketId: string) {
  return db
    .selectFrom('tickets')
    .select(['desk_id', 'status'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', ticketId)
    .executeTakeFirst();
}

export async function insertFeedback(db: Kysely<DB>, row: FeedbackTable): Promise<void> {
  await db.insertInto('feedback').values(row).execute();
}

export interface CommentFilter {
  tenantId: string;
  /** Only desks this organisation staffs. */
  organisationId: string;
  from: string;
  to: string;
  deskId: string | null;
  limit: number;
}

/** Answers with a comment, newest first, on desks the organisation staffs. */
export async function listComments(db: Kysely<DB>, filter: CommentFilter) {
  let query = db
    .selectFrom('feedback as f')
    .innerJoin('desk_organisations as do', (j) =>
      j.onRef('do.tenant_id', '=', 'f.tenant_id').onRef('do.desk_id', '=', 'f.desk_id'),
    )
    .select(['f.date', 'f.score', 'f.comment', 'f.channel'])
    .where('f.tenant_id', '=', filter.tenantId)
    .where('do.organisation_id', '=', filter.organisationId)
    .where('f.date', '>=', filter.from)
    .where('f.date', '<=', filter.to)
    .where('f.comment', 'is not', null);
  if (filter.deskId) query = query.where('f.desk_id', '=', filter.deskId);
  return query.orderBy('f.created_at', 'desc').orderBy('f.id', 'desc').limit(filter.limit).execute();
}

/** Served tickets of a desk, oldest first, for the demo's plausible answers. */
export async function doneTickets(db: Kysely<DB>, tenantId: string, deskId: string) {
  return db
    .selectFrom('tickets')
    .select(['id', 'closed_at'])
    .where('tenant_id', '=', tenantId)
    .where('desk_id', '=', deskId)
    .where('status', '=', 'done')
    .orderBy('closed_at')
    .execute();
}
