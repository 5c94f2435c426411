/**
 * Messages from the desk to a person's case worker ("already in care": the
 * desk tells the worker their person came by). A message names a person, so
 * it reaches only its recipient; anyone else is told it does not exist.
 */
import type { MessageView } from '../../../shared/schemas/people';
import { recordAudit } from '../../audit/trail';
import { requireActor, requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction } from '../../context';
import { invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import * as care from './care.repo';
import * as repo from './messages.repo';

/** How many of my latest messages the inbox shows. */
const INBOX_SIZE = 100;

function presentMessage(row: repo.MessageRow): MessageView {
  const personName = `${row.given_name ?? ''} ${row.family_name ?? ''}`.trim();
  return {
    id: row.id,
    fromName: row.sender_name,
    fromOrganisation: row.sender_organisation,
    personId: row.person_id,
    personName: personName || null,
    contactId: row.contact_id,
    body: row.body,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/**
 * Send a message from the acting user, inside the caller's transaction (the
 * contact it reports on commits with it); audited as message.sent. The caller
 * checks that the sender may write about this person.
 */
export async function sendMessage(
  tx: Ctx,
  input: { recipientId: string; personId: string | null; contactId: string | null; body: string },
): Promise<void> {
  if (!tx.db.isTransaction)
    throw new Error('sendMessage must run inside the transaction of the change it reports');
  const sender = requireActor(tx);
  if (!(await care.isActiveUser(tx.db, sender.tenantId, input.recipientId)))
    throw invalidField('recipientId', 'validation.unknownUser');
  const id = newId();
  await repo.insertMessage(tx.db, {
    tenant_id: sender.tenantId,
    id,
    recipient_id: input.recipientId,
    sender_id: sender.userId,
    person_id: input.personId,
    contact_id: input.contactId,
    body: input.body,
    created_at: tx.now().toISOString(),
    read_at: null,
  });
  await recordAudit(tx, {
    action: 'message.sent',
    entityType: 'message',
    entityId: id,
    changedFields: ['recipient_id', 'person_id', 'contact_id', 'body'],
  });
}

/** My messages, newest first, with how many I have not read. */
export async function listMyMessages(ctx: Ctx): Promise<{ messages: MessageView[]; unread: number }> {
  const actor = requirePermission(ctx, 'message.read');
  const [rows, unread] = await Promise.all([
    repo.listMessages(ctx.db, actor.tenantId, actor.userId, INBOX_SIZE),
    repo.countUnread(ctx.db, actor.tenantId, actor.userId),
  ]);
  return { messages: rows.map(presentMessage), unread };
}

/** Mark one of my messages read (once); audited as message.read. */
export async function markMessageRead(ctx: Ctx, id: string): Promise<MessageView> {
  const actor = requirePermission(ctx, 'message.read');
  return inTransaction(ctx, async (tx) => {
    const row = await repo.findMessage(tx.db, actor.tenantId, actor.userId, id);
    if (!row) throw notFound();
    if (row.read_at === null) {
      const at = tx.now().toISOString();
      await repo.markRead(tx.db, actor.tenantId, id, at);
      await recordAudit(tx, {
        action: 'message.read',
        entityType: 'message',
        entityId: id,
        changedFields: ['read_at'],
      });
      return presentMessage({ ...row, read_at: at });
    }
    return presentMessage(row);
  });
}
