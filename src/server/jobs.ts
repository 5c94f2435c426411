/**
 * Work the server does on its own, every minute: closing openings whose time
 * (plus the desk's grace) has passed — waiting tickets become "not served",
 * operators are checked out; contact drafts left for a week are erased; overdue
 * referrals get their one reminder; the indicator rollups of the days changed
 * since are rebuilt; export files older than 30 days are erased. Safe with several processes: each closing and each
 * reminder is a conditional update, so only one process does it, and rollups
 * are rebuilt under the desk's lock.
 */
import type { Ctx } from './context';
import { purgeOldDrafts } from './modules/contacts/drafts.service';
import { dropOldExportFiles } from './modules/indicators/exports.service';
import { refreshDirtyRollups } from './modules/indicators/rollups.service';
import { closeDueOpenings } from './modules/queue/closing.service';
import { sendOverdueReminders } from './modules/referrals/reminders.service';

export const JOB_INTERVAL_MS = 60_000;

export function startJobs(ctx: Ctx, onError: (error: Error) => void): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await closeDueOpenings(ctx);
      await purgeOldDrafts(ctx);
      await sendOverdueReminders(ctx);
      await refreshDirtyRollups(ctx, null);
      await dropOldExportFiles(ctx);
    } catch (error) {
      onError(error as Error);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, JOB_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
