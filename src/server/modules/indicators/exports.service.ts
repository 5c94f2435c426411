/**
 * Export jobs: a coordinator asks for a file (indicators as CSV/XLSX, the
 * pseudonymised dataset, the joint evaluation report as PDF); the request is
 * recorded and audited at once and the file is made in the background by the
 * export runner. The jobs are also the export log: who exported what, when,
 * with or without small-cell suppression. The pseudonym key is never stored.
 */
import { DateTime } from 'luxon';
import type { Language } from '../../../shared/roles';
import type { ExportJob, ExportValues, IndicatorQueryValues } from '../../../shared/schemas/indicators';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction, nowIso } from '../../context';
import { DomainError, notFound } from '../../errors';
import { newId } from '../../ids';
import * as repo from './exports.repo';
import { reportScope } from './indicators.service';

/** What a job needs to run, as stored in `exports.params` (never the pseudonym key). */
export interface ExportParams {
  query: IndicatorQueryValues;
  separator: 'comma' | 'semicolon';
  lang: Language;
  /** The dataset was asked with a key of its own, held in the requesting process's memory only. */
  keyed: boolean;
}

/** Where new jobs are announced: the runner, which keeps the key in memory and starts at once. */
export interface ExportQueue {
  enqueued(id: string, pseudonymKey: string | null): void;
}

const LOG_SIZE = 100;

type JobRow = NonNullable<Awaited<ReturnType<typeof repo.findExport>>>;

function present(row: JobRow): ExportJob {
  const params = JSON.parse(row.params) as ExportParams;
  return {
    id: row.id,
    kind: row.kind,
    format: row.format,
    status: row.status,
    progress: row.progress,
    suppress: row.suppress === 1,
    from: params.query.from,
    to: params.query.to,
    deskName: row.desk_name,
    fileName: row.file_name,
    error: row.error,
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    finishedAt: row.finished_at,
  };
}

/**
 * Ask for an export of what I may read: recorded as queued and audited in
 * one transaction (kind, format and suppression, never the key), then made
 * in the background.
 */
export async function requestExport(
  ctx: Ctx,
  input: ExportValues,
  lang: Language,
  queue: ExportQueue,
): Promise<ExportJob> {
  const actor = requirePermission(ctx, 'indicator.export');
  await reportScope(ctx, input.query.deskId, lang);
  const id = newId();
  const params: ExportParams = {
    query: input.query,
    separator: input.separator,
    lang,
    keyed: input.kind === 'dataset' && input.pseudonymKey !== null,
  };
  await inTransaction(ctx, async (tx) => {
    await repo.insertExport(tx.db, {
      tenant_id: actor.tenantId,
      id,
      kind: input.kind,
      format: input.format,
      status: 'queued',
      progress: 0,
      suppress: input.suppress ? 1 : 0,
      params: JSON.stringify(params),
      desk_id: input.query.deskId ?? null,
      file_name: null,
      content_type: null,
      file: null,
      error: null,
      created_by: actor.userId,
      created_at: nowIso(tx),
      finished_at: null,
    });
    await recordAudit(tx, {
      action: 'export.requested',
      entityType: 'export',
      entityId: id,
      changedFields: [
        `kind:${input.kind}`,
        `format:${input.format}`,
        `suppress:${input.suppress ? 'on' : 'off'}`,
      ],
    });
  });
  // The reply is the job as asked for (queued); the runner starts on it right after.
  const job = await getExport(ctx, id);
  queue.enqueued(id, params.keyed ? input.pseudonymKey : null);
  return job;
}

/** The tenant's export log, newest first: who exported what, when, and how far each job is. */
export async function listExports(ctx: Ctx): Promise<ExportJob[]> {
  const actor = requirePermission(ctx, 'indicator.export');
  return (await repo.listExports(ctx.db, actor.tenantId, LOG_SIZE)).map(present);
}

/** One job of the tenant, for polling. */
export async function getExport(ctx: Ctx, id: string): Promise<ExportJob> {
  const actor = requirePermission(ctx, 'indicator.export');
  const row = await repo.findExport(ctx.db, actor.tenantId, id);
  if (!row) throw notFound();
  return present(row);
}

/** The finished file; each download is audited. 409 while the job is not done. */
export async function downloadExport(
  ctx: Ctx,
  id: string,
): Promise<{ file: Buffer; fileName: string; contentType: string }> {
  const actor = requirePermission(ctx, 'indicator.export');
  const row = await repo.findFile(ctx.db, actor.tenantId, id);
  if (!row) throw notFound();
  if (row.status === 'done' && !row.file)
    throw new DomainError('gone', 'exports.expired', { days: EXPORT_KEEP_DAYS }, [], 'export_expired');
  if (row.status !== 'done' || !row.file || !row.file_name || !row.content_type)
    throw new DomainError('conflict', 'exports.notReady', {}, [], 'export_not_ready');
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, { action: 'export.downloaded', entityType: 'export', entityId: id }),
  );
  return { file: Buffer.from(row.file), fileName: row.file_name, contentType: row.content_type };
}

/** How long a finished export's file is kept; the log of who exported what stays. */
export const EXPORT_KEEP_DAYS = 30;

/** Erase the files of exports older than EXPORT_KEEP_DAYS (the per-minute job). */
export async function dropOldExportFiles(ctx: Ctx): Promise<number> {
  const before = DateTime.fromJSDate(ctx.now()).minus({ days: EXPORT_KEEP_DAYS }).toUTC().toISO() as string;
  return repo.dropOldFiles(ctx.db, before);
}
