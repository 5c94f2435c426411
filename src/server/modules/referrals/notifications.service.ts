/**
 * In-app notifications about referrals (a new referral for my organisation, a
 * move of one I sent, an overdue reminder) and the e-mails that echo them.
 * Rows are written in the transaction of the change; e-mails go out only
 * after it has committed, through `deliver`.
 */
import type { z } from 'zod';
import type { ReferralStatus } from '../../../shared/referrals';
import type { Language } from '../../../shared/roles';
import type { NotificationList, NotificationView } from '../../../shared/schemas/referrals';
import { requirePermission } from '../../auth/policies';
import type { Ctx } from '../../context';
import type { NotificationsTable } from '../../db/tables';
import { notFound } from '../../errors';
import { translate } from '../../http/i18n';
import { newId } from '../../ids';
import { type ReferralMail, sendReferralMails } from './mail';
import * as repo from './notifications.repo';

export type NotificationKind = NotificationsTable['kind'];

export interface Recipient {
  id: string;
  email: string | null;
  locale: string;
}

/** Notify each recipient once (never the actor themself); returns the e-mails to send after commit. */
export async function notify(
  tx: Ctx,
  tenantId: string,
  recipients: readonly Recipient[],
  kind: NotificationKind,
  referralId: string,
  status: ReferralStatus | null,
): Promise<ReferralMail[]> {
  const unique = [...new Map(recipients.map((r) => [r.id, r])).values()].filter(
    (r) => r.id !== tx.actor?.userId,
  );
  const at = tx.now().toISOString();
  await repo.insertNotifications(
    tx.db,
    unique.map((r) => ({
      tenant_id: tenantId,
      id: newId(),
      user_id: r.id,
      kind,
      referral_id: referralId,
      status,
      created_at: at,
      read_at: null,
    })),
  );
  return unique
    .filter((r): r is Recipient & { email: string } => Boolean(r.email))
    .map((r) => ({ to: r.email, locale: r.locale, kind, referralId }));
}

/** Hand the e-mails to the SMTP server, when one is configured. */
export async function deliver(ctx: Ctx, mails: readonly ReferralMail[]): Promise<void> {
  await sendReferralMails(ctx.config, mails);
}

function present(row: repo.NotificationRow, lang: Language): NotificationView {
  const status = row.status ? translate(lang, `referrals.statuses.${row.status}`) : '';
  return {
    id: row.id,
    kind: row.kind,
    referralId: row.referral_id,
    text: translate(lang, `referralNotifications.texts.${row.kind}`, { service: row.service_name, status }),
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** My notifications, newest first, with how many are unread. */
export async function listMyNotifications(
  ctx: Ctx,
  lang: Language,
): Promise<z.output<typeof NotificationList>> {
  const actor = requirePermission(ctx, 'notification.read');
  const [rows, unread] = await Promise.all([
    repo.notificationsOf(ctx.db, actor.tenantId, actor.userId),
    repo.countUnread(ctx.db, actor.tenantId, actor.userId),
  ]);
  return { notifications: rows.map((row) => present(row, lang)), unread };
}

/** Mark one of my notifications read; someone else's is not found. */
export async function markNotificationRead(ctx: Ctx, id: string, lang: Language): Promise<NotificationView> {
  const actor = requirePermission(ctx, 'notification.read');
  await repo.markRead(ctx.db, actor.tenantId, actor.userId, id, ctx.now().toISOString());
  const row = await repo.findNotification(ctx.db, actor.tenantId, actor.userId, id);
  if (!row) throw notFound();
  return present(row, lang);
}
