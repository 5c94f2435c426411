/**
 * The overdue reminder: a referral still unacknowledged past its deadline
 * gets one reminder — in the app and by e-mail — for the receiving service
 * workers and the sender. Run every minute by the jobs; safe with several
 * processes, because each reminder is claimed by a conditional update and
 * only the process whose update took it sends.
 */
import { type Ctx, inTransaction } from '../../context';
import { markRollupDirtyAt } from '../indicators/rollups.service';
import type { ReferralMail } from './mail';
import { deliver, notify } from './notifications.service';
import * as repo from './referrals.repo';

/** Send the reminders now due; returns how many referrals were reminded. */
export async function sendOverdueReminders(ctx: Ctx): Promise<number> {
  const due = await repo.dueForReminder(ctx.db, ctx.now().toISOString());
  const mails: ReferralMail[] = [];
  let reminded = 0;
  for (const referral of due) {
    await inTransaction(ctx, async (tx) => {
      if (!(await repo.claimReminder(tx.db, referral.tenant_id, referral.id, tx.now().toISOString()))) return;
      // Now overdue: the day it was sent counts it among the overdue referrals.
      if (referral.sent_at)
        await markRollupDirtyAt(tx, referral.tenant_id, referral.desk_id, referral.sent_at);
      const recipients = [
        ...(await repo.usersWithRole(tx.db, referral.tenant_id, referral.organisation_id, 'service_worker')),
        ...(referral.created_by
          ? await repo.activeUsers(tx.db, referral.tenant_id, [referral.created_by])
          : []),
      ];
      mails.push(
        ...(await notify(tx, referral.tenant_id, recipients, 'referral_overdue', referral.id, null)),
      );
      reminded += 1;
    });
  }
  await deliver(ctx, mails);
  return reminded;
}
