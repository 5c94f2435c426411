/**
 * Satisfaction feedback: a score 1–5 and an optional comment, anonymous, from
 * the kiosk or from the link on the receipt's QR code. An answer may name the
 * ticket it is about (one answer per served ticket) and never names a person.
 * Comments are stored for the coordinators but never logged or audited.
 */
import type { FeedbackComment, FeedbackValues } from '../../../shared/schemas/indicators';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction, localToday, nowIso } from '../../context';
import { DomainError, invalidField } from '../../errors';
import { newId } from '../../ids';
import { findPublicDesk } from '../desks/desks.service';
import type { DeviceIdentity } from '../devices/devices.service';
import * as repo from './feedback.repo';
import { markRollupDirty } from './rollups.service';

export type FeedbackChannel = 'kiosk' | 'link';

/** The most comments a coordinator reads at once. */
export const COMMENTS_LIMIT = 200;

/** An answer given at the kiosk of the device's desk. */
export async function submitFromKiosk(
  ctx: Ctx,
  device: DeviceIdentity,
  input: FeedbackValues,
): Promise<void> {
  await recordFeedback(ctx, device.tenantId, device.deskId, 'kiosk', input);
}

/** An answer given through the public link of an active desk (404 for any other). */
export async function submitFromLink(ctx: Ctx, deskId: string, input: FeedbackValues): Promise<void> {
  const { tenantId } = await findPublicDesk(ctx, deskId);
  await recordFeedback(ctx, tenantId, deskId, 'link', input);
}

/** The name of an active desk, for the public form's heading (404 for any other desk). */
export async function feedbackDesk(ctx: Ctx, deskId: string): Promise<{ name: string }> {
  const { desk } = await findPublicDesk(ctx, deskId);
  return { name: desk.name };
}

/**
 * Store one answer dated the desk's local today, and mark that day's rollup
 * dirty in the same transaction. A named ticket must be a served ticket of
 * this desk with no answer yet (the unique index on the ticket settles races).
 */
export async function recordFeedback(
  ctx: Ctx,
  tenantId: string,
  deskId: string,
  channel: FeedbackChannel,
  input: FeedbackValues,
): Promise<void> {
  if (input.ticketId) await requireServedTicket(ctx, tenantId, deskId, input.ticketId);
  const date = localToday(ctx);
  try {
    await inTransaction(ctx, async (tx) => {
      await repo.insertFeedback(tx.db, {
        tenant_id: tenantId,
        id: newId(),
        desk_id: deskId,
        date,
        ticket_id: input.ticketId,
        channel,
        score: input.score,
        comment: input.comment,
        created_at: nowIso(tx),
      });
      await markRollupDirty(tx, tenantId, deskId, date);
    });
  } catch (error) {
    if (ctx.dialect.isUniqueViolation(error))
      throw new DomainError('conflict', 'feedback.alreadyAnswered', {}, [], 'already_answered');
    throw error;
  }
}

async function requireServedTicket(ctx: Ctx, tenantId: string, deskId: string, ticketId: string) {
  const ticket = await repo.findTicket(ctx.db, tenantId, ticketId);
  if (ticket?.desk_id !== deskId) throw invalidField('ticketId', 'feedback.ticketUnknown');
  if (ticket.status !== 'done') throw invalidField('ticketId', 'feedback.ticketNotServed');
}

export interface CommentQuery {
  from: string;
  to: string;
  deskId?: string | undefined;
}

/** The comments left on the desks the coordinator's organisation staffs, newest first (at most 200). */
export async function listFeedbackComments(ctx: Ctx, query: CommentQuery): Promise<FeedbackComment[]> {
  const actor = requirePermission(ctx, 'indicator.read');
  const rows = await repo.listComments(ctx.db, {
    tenantId: actor.tenantId,
    organisationId: actor.organisationId,
    from: query.from,
    to: query.to,
    deskId: query.deskId ?? null,
    limit: COMMENTS_LIMIT,
  });
  return rows.map((r) => ({ date: r.date, score: r.score, comment: r.comment ?? '', channel: r.channel }));
}

/** A desk's served tickets with when they closed, oldest first: what the demo answers for. */
export async function servedTickets(ctx: Ctx, tenantId: string, deskId: string) {
  const rows = await repo.doneTickets(ctx.db, tenantId, deskId);
  return rows.map((r) => ({ id: r.id, closedAt: r.closed_at }));
}
