/**
 * Drafts of contacts being recorded, saved as the operator types so a closed
 * tab or a crashed PC loses nothing. They live on the server, not in the
 * browser, so no personal data stays on a shared desk PC after sign-out; each
 * belongs to its author only, and drafts untouched for DRAFT_DAYS are erased.
 */
import type { DraftInput, DraftView } from '../../../shared/schemas/contacts';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction } from '../../context';
import { notFound } from '../../errors';
import { deskFor } from '../desks/desks.service';
import * as repo from './contacts.repo';

export const DRAFT_DAYS = 7;

export async function listDrafts(ctx: Ctx) {
  const actor = requirePermission(ctx, 'contact.record');
  const rows = await repo.listDrafts(ctx.db, actor.tenantId, actor.userId);
  return rows.map((row) => ({ key: row.key, deskId: row.desk_id, updatedAt: row.updated_at }));
}

export async function getDraft(ctx: Ctx, key: string): Promise<DraftView> {
  const actor = requirePermission(ctx, 'contact.record');
  const row = await repo.findDraft(ctx.db, actor.tenantId, actor.userId, key);
  if (!row) throw notFound();
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, { action: 'contact_draft.read', entityType: 'contact_draft', entityId: key }),
  );
  return { key: row.key, deskId: row.desk_id, body: JSON.parse(row.body), updatedAt: row.updated_at };
}

/** Save over the previous draft; only the first save of a draft is audited (autosave runs every second). */
export async function saveDraft(ctx: Ctx, key: string, input: DraftInput): Promise<DraftView> {
  const { actor } = await deskFor(ctx, input.deskId, 'contact.record');
  return inTransaction(ctx, async (tx) => {
    const existed = await repo.findDraft(tx.db, actor.tenantId, actor.userId, key);
    const updatedAt = tx.now().toISOString();
    await repo.upsertDraft(tx.db, {
      tenant_id: actor.tenantId,
      user_id: actor.userId,
      key,
      desk_id: input.deskId,
      body: JSON.stringify(input.body),
      updated_at: updatedAt,
    });
    if (!existed)
      await recordAudit(tx, { action: 'contact_draft.saved', entityType: 'contact_draft', entityId: key });
    return { key, deskId: input.deskId, body: input.body, updatedAt };
  });
}

export async function discardDraft(ctx: Ctx, key: string): Promise<{ ok: true }> {
  const actor = requirePermission(ctx, 'contact.record');
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.deleteDraft(tx.db, actor.tenantId, actor.userId, key))) throw notFound();
    await recordAudit(tx, { action: 'contact_draft.discarded', entityType: 'contact_draft', entityId: key });
  });
  return { ok: true };
}

/** The periodic job's part: erase drafts nobody touched for DRAFT_DAYS. */
export async function purgeOldDrafts(ctx: Ctx): Promise<number> {
  const before = new Date(ctx.now().getTime() - DRAFT_DAYS * 86_400_000).toISOString();
  return repo.deleteDraftsOlderThan(ctx.db, before);
}
