/** Queries on export jobs (which are also the log of who exported what) and the dataset's contact batches. Queries only. */
import { type Kysely, sql } from 'kysely';
import type { DB, ExportsTable } from '../../db/tables';

export async function insertExport(db: Kysely<DB>, row: ExportsTable) {
  await db.insertInto('exports').values(row).execute();
}

const jobColumns = (db: Kysely<DB>) =>
  db
    .selectFrom('exports as e')
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.created_by'),
    )
    .leftJoin('desks as d', (j) => j.onRef('d.tenant_id', '=', 'e.tenant_id').onRef('d.id', '=', 'e.desk_id'))
    .select([
      'e.id',
      'e.kind',
      'e.format',
      'e.status',
      'e.progress',
      'e.suppress',
      'e.params',
      'e.file_name',
      'e.error',
      'e.created_by',
      'e.created_at',
      'e.finished_at',
      'u.full_name as created_by_name',
      'd.name as desk_name',
    ]);

export async function findExport(db: Kysely<DB>, tenantId: string, id: string) {
  return jobColumns(db).where('e.tenant_id', '=', tenantId).where('e.id', '=', id).executeTakeFirst();
}

/** The tenant's export log, newest first. */
export async function listExports(db: Kysely<DB>, tenantId: string, limit: number) {
  return jobColumns(db)
    .where('e.tenant_id', '=', tenantId)
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
}

export async function findFile(db: Kysely<DB>, tenantId: string, id: string) {
  return db
    .selectFrom('exports')
    .select(['status', 'file', 'file_name', 'content_type'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Queued jobs of every tenant, oldest first. */
export async function queuedJobs(db: Kysely<DB>, limit: number) {
  return db
    .selectFrom('exports')
    .select(['tenant_id', 'id', 'kind', 'format', 'suppress', 'params', 'created_by', 'created_at'])
    .where('status', '=', 'queued')
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

/** Take a queued job; true only for the one process whose update found it still queued. */
export async function claim(db: Kysely<DB>, tenantId: string, id: string) {
  const result = await db
    .updateTable('exports')
    .set({ status: 'running', progress: 0 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setProgress(db: Kysely<DB>, tenantId: string, id: string, progress: number) {
  await db
    .updateTable('exports')
    .set({ progress })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export async function finish(
  db: Kysely<DB>,
  tenantId: string,
  id: string,
  values: Pick<ExportsTable, 'status' | 'file' | 'file_name' | 'content_type' | 'error' | 'finished_at'>,
) {
  await db
    .updateTable('exports')
    .set({ ...values, progress: values.status === 'done' ? 100 : sql<number>`progress` })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** Put a job this process was running back in the queue (the server is stopping). */
export async function requeue(db: Kysely<DB>, tenantId: string, id: string) {
  await db
    .updateTable('exports')
    .set({ status: 'queued', progress: 0 })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Jobs left running by a process that died. */
export async function runningJobs(db: Kysely<DB>) {
  return db
    .selectFrom('exports')
    .select(['tenant_id', 'id', 'params'])
    .where('status', '=', 'running')
    .execute();
}

/** Who asked for an export, to act as them when running it. */
export async function creator(db: Kysely<DB>, tenantId: string, userId: string) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'is_active'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return undefined;
  const roles = await db
    .selectFrom('user_roles')
    .select('role')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .execute();
  return { ...user, roles: roles.map((r) => r.role) };
}

/** Drop the files of exports finished before `before`: the log row stays, the bytes go. */
export async function dropOldFiles(db: Kysely<DB>, before: string): Promise<number> {
  const result = await db
    .updateTable('exports')
    .set({ file: null, file_name: null, content_type: null })
    .where('finished_at', '<', before)
    .where('file', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
