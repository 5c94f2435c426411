/**
 * Likely duplicates (two of: codice fiscale, normalised name, birth date) and
 * the coordinator's merge. A merge moves the merged record's contacts, care
 * relations, consents, messages, referrals and bounces to the kept one and remembers exactly
 * which rows moved, so undo puts those back and nothing is ever lost; the
 * merged record stays, pointing at the kept one.
 */
import type { MergeView } from '../../../shared/schemas/people';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction } from '../../context';
import { conflict, DomainError, invalidFields, notFound } from '../../errors';
import { newId } from '../../ids';
import { markPeopleDirty } from '../indicators/rollups.service';
import * as repo from './people.repo';
import { duplicateReasons, summarise } from './people.service';

const PAIR_LIMIT = 2000;

export async function listDuplicates(ctx: Ctx) {
  const actor = requirePermission(ctx, 'person.merge');
  const tenantId = actor.tenantId;
  const pairs = new Map<string, { a: string; b: string }>();
  for (const column of ['codice_fiscale', 'name_key', 'birth_date'] as const) {
    for (const pair of await repo.pairsSharing(ctx.db, tenantId, column, PAIR_LIMIT))
      pairs.set(`${pair.a}|${pair.b}`, pair);
  }
  const ids = [...new Set([...pairs.values()].flatMap((p) => [p.a, p.b]))];
  const rows = new Map((await repo.findPeople(ctx.db, tenantId, ids)).map((row) => [row.id, row]));
  const likely = [...pairs.values()]
    .map(({ a, b }) => ({ a: rows.get(a)!, b: rows.get(b)! }))
    .filter(({ a, b }) => !a.anonymised_at && !b.anonymised_at)
    .map((pair) => ({ ...pair, reasons: duplicateReasons(pair.a, pair.b) }))
    .filter((pair) => pair.reasons.length >= 2)
    .slice(0, 200);
  const people = [...new Map(likely.flatMap((p) => [p.a, p.b]).map((row) => [row.id, row])).values()];
  const summaries = new Map((await summarise(ctx, tenantId, people)).map((s) => [s.id, s]));
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, { action: 'person.duplicates_listed', entityType: 'person' }),
  );
  return likely.map((pair) => ({
    a: summaries.get(pair.a.id)!,
    b: summaries.get(pair.b.id)!,
    reasons: pair.reasons,
  }));
}

function present(row: repo.MergeRow): MergeView {
  const moved = JSON.parse(row.moved) as Record<repo.Movable, string[]>;
  return {
    id: row.id,
    keptId: row.kept_id,
    keptName: `${row.kept_family} ${row.kept_given}`.trim(),
    mergedId: row.merged_id,
    mergedName: `${row.merged_family} ${row.merged_given}`.trim(),
    movedContacts: moved.contacts?.length ?? 0,
    movedCareRelations: moved.care_relations?.length ?? 0,
    mergedAt: row.merged_at,
    mergedByName: row.merged_by_name,
    undoneAt: row.undone_at,
    undoneByName: row.undone_by_name,
  };
}

export async function listMerges(ctx: Ctx): Promise<MergeView[]> {
  const actor = requirePermission(ctx, 'person.merge');
  return (await repo.listMerges(ctx.db, actor.tenantId)).map(present);
}

/** The merges a person took part in (their timeline); the caller checks access. */
export async function mergesOf(ctx: Ctx, tenantId: string, personId: string): Promise<MergeView[]> {
  return (await repo.listMerges(ctx.db, tenantId, { personId })).map(present);
}

export async function mergePeople(ctx: Ctx, input: { keepId: string; mergeId: string }): Promise<MergeView> {
  const actor = requirePermission(ctx, 'person.merge');
  return inTransaction(ctx, async (tx) => {
    const tenantId = actor.tenantId;
    const kept = await repo.findPerson(tx.db, tenantId, input.keepId);
    const merged = await repo.findPerson(tx.db, tenantId, input.mergeId);
    const problems = [];
    if (!kept || kept.merged_into_id || kept.anonymised_at)
      problems.push({ field: 'keepId', message: 'validation.unknownPerson' });
    if (!merged || merged.merged_into_id || merged.anonymised_at)
      problems.push({ field: 'mergeId', message: 'validation.unknownPerson' });
    if (problems.length > 0 || !kept || !merged) throw invalidFields(problems);
    const moved = {} as Record<repo.Movable, string[]>;
    for (const table of repo.MOVABLE) {
      moved[table] = await repo.idsOwnedBy(tx.db, tenantId, table, merged.id);
      await repo.reassign(tx.db, tenantId, table, moved[table], kept.id);
    }
    const at = tx.now().toISOString();
    if (
      !(await repo.updatePerson(tx.db, tenantId, merged.id, merged.version, {
        merged_into_id: kept.id,
        updated_at: at,
      }))
    )
      throw conflict();
    const id = newId();
    await repo.insertMerge(tx.db, {
      tenant_id: tenantId,
      id,
      kept_id: kept.id,
      merged_id: merged.id,
      moved: JSON.stringify(moved),
      merged_by: actor.userId,
      merged_at: at,
      undone_by: null,
      undone_at: null,
    });
    await markPeopleDirty(tx, tenantId, [kept.id]);
    await recordAudit(tx, {
      action: 'person.merged',
      entityType: 'person_merge',
      entityId: id,
      changedFields: repo.MOVABLE.filter((table) => moved[table].length > 0),
    });
    return present((await repo.listMerges(tx.db, tenantId, { id }))[0]!);
  });
}

/** Undo a merge: the moved rows go back, the merged record lives again. Later merges of the same people first. */
export async function undoMerge(ctx: Ctx, id: string): Promise<MergeView> {
  const actor = requirePermission(ctx, 'person.merge');
  return inTransaction(ctx, async (tx) => {
    const tenantId = actor.tenantId;
    const merge = (await repo.listMerges(tx.db, tenantId, { id }))[0];
    if (!merge) throw notFound();
    if (merge.undone_at) throw new DomainError('conflict', 'errors.mergeUndone', {}, [], 'merge_undone');
    if (
      (await repo.laterActiveMerges(tx.db, tenantId, merge.merged_at, [merge.kept_id, merge.merged_id])) > 0
    )
      throw new DomainError('conflict', 'errors.mergeChainBlocked', {}, [], 'merge_chain');
    const moved = JSON.parse(merge.moved) as Record<repo.Movable, string[]>;
    for (const table of repo.MOVABLE)
      await repo.reassign(tx.db, tenantId, table, moved[table] ?? [], merge.merged_id);
    const mergedRow = (await repo.findPerson(tx.db, tenantId, merge.merged_id))!;
    const at = tx.now().toISOString();
    await repo.updatePerson(tx.db, tenantId, merge.merged_id, mergedRow.version, {
      merged_into_id: null,
      updated_at: at,
    });
    if (!(await repo.markMergeUndone(tx.db, tenantId, id, actor.userId, at))) throw conflict();
    await markPeopleDirty(tx, tenantId, [merge.kept_id, merge.merged_id]);
    await recordAudit(tx, { action: 'person.merge_undone', entityType: 'person_merge', entityId: id });
    return present((await repo.listMerges(tx.db, tenantId, { id }))[0]!);
  });
}
