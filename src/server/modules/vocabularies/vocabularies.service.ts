/**
 * The editable vocabularies (DESIGN.md §3): areas, need categories, visitor
 * types, outcomes, how they heard of us. Coordinators extend them; a term a
 * contact has used is history — its code and labels stay, it can only be
 * retired — so past contacts keep meaning what they meant when recorded.
 */
import type { z } from 'zod';
import {
  DEFAULT_TERMS,
  OUTCOME,
  type OutcomeGroup,
  VOCABULARY_KINDS,
  type VocabularyKind,
} from '../../../shared/contacts';
import { CATALOGUES } from '../../../shared/i18n';
import type { TermInput, TermUpdate, TermView, Vocabularies } from '../../../shared/schemas/vocabularies';
import { recordAudit } from '../../audit/trail';
import { requirePermission } from '../../auth/policies';
import { type Ctx, inTransaction, localNow } from '../../context';
import type { VocabularyTermsTable } from '../../db/tables';
import { changedFields, uniqueAs, updatedOne } from '../../db/writes';
import { conflict, DomainError, invalidField, notFound } from '../../errors';
import { newId } from '../../ids';
import * as repo from './vocabularies.repo';

/** How far back a use counts as recent: the desk shows the terms used in this window first. */
export const RECENT_DAYS = 90;
const POSITION_STEP = 10;

type Usage = { total: number; recent: number };
const NO_USE: Usage = { total: 0, recent: 0 };

export interface TermFacts {
  retired: boolean;
  areaCodes: string[];
  outcomeGroup: OutcomeGroup | null;
}

/** The tenant's terms by kind and code, for services that validate what a contact records. */
export interface TermIndex {
  term(kind: VocabularyKind, code: string): TermFacts | undefined;
}

const usageKey = (kind: string, code: string) => `${kind}:${code}`;

function presentTerm(row: VocabularyTermsTable, usage: Usage): TermView {
  return {
    id: row.id,
    kind: row.kind as VocabularyKind,
    code: row.code,
    labelIt: row.label_it,
    labelEn: row.label_en,
    areaCodes: JSON.parse(row.area_codes) as string[],
    outcomeGroup: row.outcome_group as OutcomeGroup | null,
    position: row.position,
    retired: row.is_retired === 1,
    used: usage.total > 0,
    recentUses: usage.recent,
    version: row.version,
  };
}

/** Within a kind: in use before retired, frequent before rare, then the coordinator's order. */
function compareTerms(a: TermView, b: TermView): number {
  return (
    VOCABULARY_KINDS.indexOf(a.kind) - VOCABULARY_KINDS.indexOf(b.kind) ||
    Number(a.retired) - Number(b.retired) ||
    b.recentUses - a.recentUses ||
    a.position - b.position ||
    a.code.localeCompare(b.code)
  );
}

async function usageOf(ctx: Ctx, tenantId: string): Promise<Map<string, Usage>> {
  const today = localNow(ctx).startOf('day');
  const since = today.minus({ days: RECENT_DAYS }).toISODate()!;
  const rows = await repo.termUsage(ctx.db, tenantId, since);
  return new Map(rows.map((row) => [usageKey(row.kind, row.code), { total: row.total, recent: row.recent }]));
}

/** Every term of every kind, in the order the desk offers them. */
export async function listVocabularies(ctx: Ctx): Promise<Vocabularies> {
  const actor = requirePermission(ctx, 'vocabulary.read');
  const [rows, usage] = await Promise.all([
    repo.listTerms(ctx.db, actor.tenantId),
    usageOf(ctx, actor.tenantId),
  ]);
  const terms = rows.map((row) => presentTerm(row, usage.get(usageKey(row.kind, row.code)) ?? NO_USE));
  return { terms: terms.sort(compareTerms) };
}

/** Add a term at the end of its kind; outcomes say how the indicators count them. */
export async function createTerm(ctx: Ctx, input: z.output<typeof TermInput>): Promise<TermView> {
  const actor = requirePermission(ctx, 'vocabulary.manage');
  if (input.kind === 'outcome' && !input.outcomeGroup)
    throw invalidField('outcomeGroup', 'validation.outcomeGroupRequired');
  return inTransaction(ctx, async (tx) => {
    const areaCodes = input.kind === 'need_category' ? input.areaCodes : [];
    await assertAreas(tx, actor.tenantId, areaCodes, []);
    const siblings = await repo.termsOfKind(tx.db, actor.tenantId, input.kind);
    const at = tx.now().toISOString();
    const row: VocabularyTermsTable = {
      tenant_id: actor.tenantId,
      id: newId(),
      kind: input.kind,
      code: input.code,
      label_it: input.labelIt,
      label_en: input.labelEn,
      area_codes: JSON.stringify(areaCodes),
      outcome_group: input.kind === 'outcome' ? input.outcomeGroup : null,
      position: Math.max(-POSITION_STEP, ...siblings.map((s) => s.position)) + POSITION_STEP,
      is_retired: 0,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await uniqueAs(tx, 'code', 'validation.termTaken', () => repo.insertTerm(tx.db, row));
    await recordAudit(tx, {
      action: 'vocabulary.created',
      entityType: 'vocabulary_term',
      entityId: row.id,
      changedFields: ['kind', 'code', 'label_it', 'label_en', 'area_codes', 'outcome_group', 'position'],
    });
    return presentTerm(row, NO_USE);
  });
}

/** Edit labels, areas and position; a used term keeps its labels and areas (position may move). */
export async function updateTerm(
  ctx: Ctx,
  id: string,
  input: z.output<typeof TermUpdate>,
): Promise<TermView> {
  const actor = requirePermission(ctx, 'vocabulary.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findTerm(tx.db, actor.tenantId, id);
    if (!before) throw notFound();
    if (before.version !== input.version) throw conflict();
    const previousAreas = JSON.parse(before.area_codes) as string[];
    const areaCodes = before.kind === 'need_category' ? input.areaCodes : previousAreas;
    const patch = {
      label_it: input.labelIt,
      label_en: input.labelEn,
      area_codes: JSON.stringify(areaCodes),
      position: input.position,
    };
    const fields = changedFields(before, patch);
    const kind = before.kind as VocabularyKind;
    const rewritesHistory = fields.some((field) => field !== 'position');
    if (rewritesHistory && (await repo.isTermUsed(tx.db, actor.tenantId, kind, before.code)))
      throw invalidField('labelIt', 'validation.termUsed');
    await assertAreas(tx, actor.tenantId, areaCodes, previousAreas);
    const result = await repo.updateTerm(tx.db, actor.tenantId, id, input.version, {
      ...patch,
      updated_at: tx.now().toISOString(),
    });
    if (!updatedOne(result)) throw conflict();
    await recordAudit(tx, {
      action: 'vocabulary.updated',
      entityType: 'vocabulary_term',
      entityId: id,
      changedFields: fields,
    });
    return presentTermNow(tx, actor.tenantId, id);
  });
}

/** Retire (hide from new contacts, keep for history) or restore a term; always allowed. */
export async function setTermRetired(ctx: Ctx, id: string, isRetired: boolean): Promise<TermView> {
  const actor = requirePermission(ctx, 'vocabulary.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findTerm(tx.db, actor.tenantId, id);
    if (!before) throw notFound();
    const flag = isRetired ? 1 : 0;
    if (before.is_retired !== flag) {
      await repo.updateTerm(tx.db, actor.tenantId, id, before.version, {
        is_retired: flag,
        updated_at: tx.now().toISOString(),
      });
      await recordAudit(tx, {
        action: isRetired ? 'vocabulary.retired' : 'vocabulary.restored',
        entityType: 'vocabulary_term',
        entityId: id,
        changedFields: ['is_retired'],
      });
    }
    return presentTermNow(tx, actor.tenantId, id);
  });
}

/** Delete a term no contact has used; the outcomes the software relies on are only ever retired. */
export async function deleteTerm(ctx: Ctx, id: string): Promise<{ ok: true }> {
  const actor = requirePermission(ctx, 'vocabulary.manage');
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findTerm(tx.db, actor.tenantId, id);
    if (!before) throw notFound();
    const kind = before.kind as VocabularyKind;
    if (kind === 'outcome' && (Object.values(OUTCOME) as string[]).includes(before.code))
      throw new DomainError('conflict', 'errors.termBuiltIn');
    if (await repo.isTermUsed(tx.db, actor.tenantId, kind, before.code))
      throw new DomainError('conflict', 'errors.termInUse');
    await repo.deleteTerm(tx.db, actor.tenantId, id);
    await recordAudit(tx, {
      action: 'vocabulary.deleted',
      entityType: 'vocabulary_term',
      entityId: id,
      changedFields: ['kind', 'code'],
    });
    return { ok: true };
  });
}

/** Areas named by a need category must exist; newly added ones must not be retired. */
async function assertAreas(ctx: Ctx, tenantId: string, areaCodes: string[], previous: string[]) {
  if (areaCodes.length === 0) return;
  const areas = new Map((await repo.termsOfKind(ctx.db, tenantId, 'area')).map((a) => [a.code, a]));
  const fine = areaCodes.every((code) => {
    const area = areas.get(code);
    return area !== undefined && (area.is_retired === 0 || previous.includes(code));
  });
  if (!fine) throw invalidField('areaCodes', 'validation.unknownTerm');
}

async function presentTermNow(ctx: Ctx, tenantId: string, id: string): Promise<TermView> {
  const row = await repo.findTerm(ctx.db, tenantId, id);
  if (!row) throw notFound();
  const usage = await usageOf(ctx, tenantId);
  return presentTerm(row, usage.get(usageKey(row.kind, row.code)) ?? NO_USE);
}

// ── for tenant creation, start-up and the contacts service (no access check) ──

const catalogueLabel = (language: 'it' | 'en', kind: string, code: string): string =>
  (CATALOGUES[language].vocabulary as Record<string, Record<string, string>>)[kind]?.[code] ?? code;

/** Give a tenant every default term it lacks (idempotent); each kind in the order DESIGN.md lists it. */
export async function ensureDefaultTerms(tx: Ctx, tenantId: string): Promise<void> {
  const at = tx.now().toISOString();
  const positions = new Map<string, number>();
  const rows = DEFAULT_TERMS.map((term): VocabularyTermsTable => {
    const index = positions.get(term.kind) ?? 0;
    positions.set(term.kind, index + 1);
    return {
      tenant_id: tenantId,
      id: newId(),
      kind: term.kind,
      code: term.code,
      label_it: catalogueLabel('it', term.kind, term.code),
      label_en: catalogueLabel('en', term.kind, term.code),
      area_codes: '[]',
      outcome_group: term.outcomeGroup ?? null,
      position: index * POSITION_STEP,
      is_retired: 0,
      version: 1,
      created_at: at,
      updated_at: at,
    };
  });
  const existing = new Set(
    (await repo.listTerms(tx.db, tenantId)).map((row) => usageKey(row.kind, row.code)),
  );
  await repo.insertMissingTerms(
    tx.db,
    rows.filter((row) => !existing.has(usageKey(row.kind, row.code))),
  );
}

/**
 * At start: tenants created before the vocabularies existed get the defaults.
 * Only tenants with no term at all, so a default a coordinator deleted stays deleted.
 */
export async function ensureAllTenantsTerms(ctx: Ctx): Promise<void> {
  for (const tenantId of await repo.tenantIdsWithoutTerms(ctx.db)) {
    await inTransaction(ctx, (tx) => ensureDefaultTerms(tx, tenantId));
  }
}

/** The tenant's terms for validation; the caller has checked access. */
export async function loadTermIndex(ctx: Ctx, tenantId: string): Promise<TermIndex> {
  const rows = await repo.listTerms(ctx.db, tenantId);
  const byKey = new Map<string, TermFacts>(
    rows.map((row) => [
      usageKey(row.kind, row.code),
      {
        retired: row.is_retired === 1,
        areaCodes: JSON.parse(row.area_codes) as string[],
        outcomeGroup: row.outcome_group as OutcomeGroup | null,
      },
    ]),
  );
  return { term: (kind, code) => byKey.get(usageKey(kind, code)) };
}
