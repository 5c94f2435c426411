/**
 * The export runner: makes queued export files in the server's own process,
 * one at a time, in chunks that yield to the event loop so requests keep
 * being answered. A job is claimed with a conditional update (only one
 * process wins it), reports its progress, and ends done with its file or
 * failed with a sentence in the requester's language (never a stack). Jobs
 * left running by a dead process go back to the queue at start. Pseudonym
 * keys live only in the memory of the process that received them: a keyed
 * dataset whose key was lost (restart) fails after KEY_WAIT_MS and must be
 * asked for again.
 */
import { can } from '../../../shared/permissions';
import type { Role } from '../../../shared/roles';
import type { Ctx } from '../../context';
import { nowIso } from '../../context';
import type { ExportsTable } from '../../db/tables';
import { DomainError } from '../../errors';
import { translate } from '../../http/i18n';
import * as repo from './exports.repo';
import type { ExportParams, ExportQueue } from './exports.service';
import { buildReport, reportScope } from './indicators.service';
import { renderReportOffThread } from './report-thread';

/** What each file is, for the download. */
const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

type Job = Pick<ExportsTable, 'tenant_id' | 'id' | 'kind' | 'format' | 'suppress' | 'created_by'>;
type Progress = (done: number) => Promise<void>;
interface Made {
  file: Buffer;
  fileName: string;
}

/** How long a keyed dataset may wait for the process holding its key before it is failed. */
const KEY_WAIT_MS = 15 * 60_000;

/** Thrown between chunks when the server is stopping: the job goes back to the queue. */
class Stopped extends Error {}

/** The requester, acting again: the file holds only what they may read now. */
async function creatorCtx(base: Ctx, job: Job): Promise<Ctx> {
  const user = job.created_by ? await repo.creator(base.db, job.tenant_id, job.created_by) : undefined;
  const roles = (user?.roles ?? []) as Role[];
  if (user?.is_active !== 1 || !can(roles, 'indicator.export'))
    throw new DomainError('forbidden', 'exports.errors.creatorGone');
  const actor = {
    tenantId: job.tenant_id,
    userId: user.id,
    organisationId: user.organisation_id,
    roles,
    sessionId: null,
  };
  return { ...base, actor };
}

async function make(
  ctx: Ctx,
  job: Job,
  params: ExportParams,
  key: string | null,
  progress: Progress,
): Promise<Made> {
  const { query, lang, separator } = params;
  const scope = await reportScope(ctx, query.deskId, lang);
  const on = job.suppress === 1;
  const fileName = `${translate(lang, `exports.fileNames.${job.kind}`)}_${query.from}_${query.to}.${job.format}`;
  // The writers (exceljs) load on the first export, not at the server's start.
  if (job.kind === 'dataset') {
    const { datasetCsv, datasetXlsx, randomPseudonymKey } = await import('./export-dataset');
    if (params.keyed && !key) throw new DomainError('conflict', 'exports.errors.keyLost');
    const filter = { ...query, tenantId: job.tenant_id, deskIds: scope.deskIds };
    const pseudonymKey = key ?? randomPseudonymKey();
    const file =
      job.format === 'xlsx'
        ? await datasetXlsx(ctx, filter, pseudonymKey, progress)
        : await datasetCsv(ctx, filter, pseudonymKey, separator, progress);
    return { file, fileName };
  }
  await progress(0.05);
  const report = await buildReport(ctx, scope, query);
  await progress(0.5);
  if (job.kind === 'report') return { file: await renderReportOffThread(report, lang, on), fileName };
  const { indicatorsCsv, indicatorsXlsx } = await import('./export-files');
  const file =
    job.format === 'xlsx'
      ? await indicatorsXlsx(report, on, lang)
      : indicatorsCsv(report, on, lang, separator);
  return { file, fileName };
}

/** The sentence a failed job shows: the domain's reason when there is one, else a general one. */
function failureMessage(error: unknown, lang: ExportParams['lang']): string {
  if (error instanceof DomainError) return translate(lang, error.messageKey, error.params);
  return translate(lang, 'exports.errors.failed');
}

export class ExportRunner implements ExportQueue {
  private readonly keys = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly makeCtx: () => Ctx,
    private readonly log: (error: unknown) => void,
    private readonly pollMs = 500,
  ) {}

  /** Put back jobs a dead process left running, then poll the queue. */
  async start(): Promise<void> {
    try {
      await this.recover();
    } catch (error) {
      this.log(error);
    }
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Finish the job in hand (or put it back) and stop polling. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  enqueued(id: string, pseudonymKey: string | null): void {
    if (pseudonymKey) this.keys.set(id, pseudonymKey);
    this.kick();
  }

  /** Look at the queue now, unless a job is already being made. */
  kick(): void {
    if (this.running || this.stopping) return;
    this.running = this.drain()
      .catch((error) => this.log(error))
      .finally(() => {
        this.running = null;
      });
  }

  private async drain() {
    while (!this.stopping) {
      const next = await this.claimNext();
      if (!next) return;
      await this.run(next.job, next.params);
    }
  }

  private async claimNext() {
    const ctx = this.makeCtx();
    for (const job of await repo.queuedJobs(ctx.db, 20)) {
      const params = JSON.parse(job.params) as ExportParams;
      // A keyed dataset runs where its key is; another process may hold it, unless it is long dead.
      if (params.keyed && !this.keys.has(job.id)) {
        if (Date.parse(job.created_at) < ctx.now().getTime() - KEY_WAIT_MS) await this.keyLost(job, params);
        continue;
      }
      if (await repo.claim(ctx.db, job.tenant_id, job.id)) return { job, params };
    }
    return null;
  }

  private async run(job: Job, params: ExportParams) {
    const base = this.makeCtx();
    let shown = 0;
    const progress: Progress = async (done) => {
      await new Promise((resolve) => setImmediate(resolve));
      if (this.stopping) throw new Stopped();
      const percent = Math.min(99, Math.floor(done * 100));
      if (percent <= shown) return;
      shown = percent;
      await repo.setProgress(base.db, job.tenant_id, job.id, percent);
    };
    const key = this.keys.get(job.id) ?? null;
    this.keys.delete(job.id);
    try {
      const made = await make(await creatorCtx(base, job), job, params, key, progress);
      await repo.finish(base.db, job.tenant_id, job.id, {
        status: 'done',
        file: made.file,
        file_name: made.fileName,
        content_type: CONTENT_TYPES[job.format],
        error: null,
        finished_at: nowIso(base),
      });
    } catch (error) {
      if (error instanceof Stopped) return repo.requeue(base.db, job.tenant_id, job.id);
      if (!(error instanceof DomainError)) this.log(error);
      await repo.finish(base.db, job.tenant_id, job.id, {
        status: 'failed',
        file: null,
        file_name: null,
        content_type: null,
        error: failureMessage(error, params.lang),
        finished_at: nowIso(base),
      });
    }
  }

  private async keyLost(job: Job, params: ExportParams) {
    const ctx = this.makeCtx();
    if (!(await repo.claim(ctx.db, job.tenant_id, job.id))) return;
    await repo.finish(ctx.db, job.tenant_id, job.id, {
      status: 'failed',
      file: null,
      file_name: null,
      content_type: null,
      error: translate(params.lang, 'exports.errors.keyLost'),
      finished_at: nowIso(ctx),
    });
  }

  private async recover() {
    const ctx = this.makeCtx();
    for (const job of await repo.runningJobs(ctx.db)) await repo.requeue(ctx.db, job.tenant_id, job.id);
  }
}
