/**
 * The launch campaign of a desk: its public contact details, the tags its QR
 * links carry, and whether the campaign works (visits per tag against how
 * contacts say they heard of the desk). Coordinators of an organisation
 * staffing the desk and administrators manage it. Aggregates only: no
 * visitor and no contact is ever identified here.
 */
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { DEFAULT_CAMPAIGN_TAGS } from '../../../shared/public';
import type { Language } from '../../../shared/roles';
import type {
  CampaignStats,
  CampaignStatsQuery,
  CampaignTag,
  CampaignTagInput,
  DeskPublicInfo,
  DeskPublicInfoInput,
} from '../../../shared/schemas/campaign';
import { recordAudit } from '../../audit/trail';
import { type Ctx, inTransaction, nowIso } from '../../context';
import type { DeskPublicInfoTable } from '../../db/tables';
import { changedFields, updatedOne } from '../../db/writes';
import { conflict, DomainError, invalidField } from '../../errors';
import { translate } from '../../http/i18n';
import { deskFor } from '../desks/desks.service';
import * as repo from './campaign.repo';

const PERMISSION = 'campaign.manage';
/** The longest period the statistics cover, in days: two years of daily rows. */
const MAX_STATS_DAYS = 731;

function presentInfo(deskId: string, row: DeskPublicInfoTable | undefined): DeskPublicInfo {
  return {
    deskId,
    phone: row?.phone ?? null,
    email: row?.email ?? null,
    accessibilityUrl: row?.accessibility_url ?? null,
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
  };
}

/** The desk's public contact details as anyone may read them; no access check (public pages, materials). */
export async function publicInfoOf(ctx: Ctx, tenantId: string, deskId: string): Promise<DeskPublicInfo> {
  return presentInfo(deskId, await repo.findPublicInfo(ctx.db, tenantId, deskId));
}

export async function getPublicInfo(ctx: Ctx, deskId: string): Promise<DeskPublicInfo> {
  const { actor } = await deskFor(ctx, deskId, PERMISSION);
  return publicInfoOf(ctx, actor.tenantId, deskId);
}

/** Save the desk's public contact details; once saved, the version read must still be current (409). */
export async function savePublicInfo(
  ctx: Ctx,
  deskId: string,
  input: z.output<typeof DeskPublicInfoInput>,
): Promise<DeskPublicInfo> {
  const { actor } = await deskFor(ctx, deskId, PERMISSION);
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findPublicInfo(tx.db, actor.tenantId, deskId);
    const values = {
      phone: input.phone,
      email: input.email,
      accessibility_url: input.accessibilityUrl,
      updated_by: actor.userId,
      updated_at: nowIso(tx),
    };
    if (before) {
      if (input.version === undefined) throw conflict();
      const result = await repo.updatePublicInfo(tx.db, actor.tenantId, deskId, input.version, values);
      if (!updatedOne(result)) throw conflict();
    } else {
      if (input.version !== undefined) throw conflict();
      try {
        await repo.insertPublicInfo(tx.db, {
          tenant_id: actor.tenantId,
          desk_id: deskId,
          version: 1,
          ...values,
        });
      } catch (error) {
        // Someone saved the first version meanwhile.
        if (tx.dialect.isUniqueViolation(error)) throw conflict();
        throw error;
      }
    }
    const saved = { phone: values.phone, email: values.email, accessibility_url: values.accessibility_url };
    const previous = {
      phone: before?.phone ?? null,
      email: before?.email ?? null,
      accessibility_url: before?.accessibility_url ?? null,
    };
    await recordAudit(tx, {
      action: 'campaign.public_info_updated',
      entityType: 'desk',
      entityId: deskId,
      changedFields: changedFields(previous, saved).map((f) =>
        f === 'accessibility_url' ? 'accessibilityUrl' : f,
      ),
    });
    return presentInfo(deskId, await repo.findPublicInfo(tx.db, actor.tenantId, deskId));
  });
}

/** The desk's tags without visit counts: the defaults (one per material) first, then the ones created. */
export async function tagsOf(ctx: Ctx, tenantId: string, deskId: string, lang: Language) {
  const [createdAt, stored] = await Promise.all([
    repo.deskCreatedAt(ctx.db, tenantId, deskId),
    repo.listTags(ctx.db, tenantId, deskId),
  ]);
  return [
    ...DEFAULT_CAMPAIGN_TAGS.map((tag) => ({
      code: tag.code,
      label: translate(lang, `campaign.defaultTags.${tag.code}`),
      medium: tag.medium,
      createdAt: createdAt ?? nowIso(ctx),
    })),
    ...stored.map((row) => ({
      code: row.code,
      label: row.label,
      medium: row.medium,
      createdAt: row.created_at,
    })),
  ];
}

export async function listTags(ctx: Ctx, deskId: string, lang: Language): Promise<CampaignTag[]> {
  const { actor } = await deskFor(ctx, deskId, PERMISSION);
  const [tags, visits] = await Promise.all([
    tagsOf(ctx, actor.tenantId, deskId, lang),
    repo.visitsPerTag(ctx.db, actor.tenantId, deskId),
  ]);
  return tags.map((tag) => ({ ...tag, visits: visits.get(tag.code) ?? 0 }));
}

/** Add a tag for a new batch of materials; its code is unique at the desk, default codes included (409). */
export async function createTag(
  ctx: Ctx,
  deskId: string,
  input: z.output<typeof CampaignTagInput>,
  lang: Language,
): Promise<CampaignTag> {
  const { actor } = await deskFor(ctx, deskId, PERMISSION);
  const taken = () =>
    new DomainError('conflict', 'errors.conflict', {}, [{ field: 'code', message: 'campaign.tagTaken' }]);
  const existing = await tagsOf(ctx, actor.tenantId, deskId, lang);
  if (existing.some((tag) => tag.code === input.code)) throw taken();
  const createdAt = nowIso(ctx);
  await inTransaction(ctx, async (tx) => {
    try {
      await repo.insertTag(tx.db, {
        tenant_id: actor.tenantId,
        desk_id: deskId,
        code: input.code,
        label: input.label,
        medium: input.medium,
        created_by: actor.userId,
        created_at: createdAt,
      });
    } catch (error) {
      if (tx.dialect.isUniqueViolation(error)) throw taken();
      throw error;
    }
    await recordAudit(tx, {
      action: 'campaign.tag_created',
      entityType: 'desk',
      entityId: deskId,
      changedFields: ['campaignTags'],
    });
  });
  const visits = await repo.visitsPerTag(ctx.db, actor.tenantId, deskId);
  return { ...input, createdAt, visits: visits.get(input.code) ?? 0 };
}

/**
 * Add counted visits without an access check: for the demo's history. Each
 * entry is one day, tag ('' for none) and language of the desk.
 */
export async function addVisitCounts(
  ctx: Ctx,
  tenantId: string,
  deskId: string,
  counts: readonly { date: string; tag: string; lang: string; visits: number }[],
): Promise<void> {
  // One row per key: an insert may not update the same row twice.
  const merged = new Map<string, { date: string; tag: string; lang: string; visits: number }>();
  for (const c of counts) {
    const key = `${c.date}|${c.tag}|${c.lang}`;
    merged.set(key, { ...c, visits: (merged.get(key)?.visits ?? 0) + c.visits });
  }
  const rows = [...merged.values()].filter((c) => c.visits > 0);
  await repo.addVisits(
    ctx.db,
    rows.map((c) => ({ tenant_id: tenantId, desk_id: deskId, ...c })),
  );
}

function eachDate(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = DateTime.fromISO(from); (d.toISODate() as string) <= to; d = d.plus({ days: 1 }))
    dates.push(d.toISODate() as string);
  return dates;
}

function checkPeriod({ from, to }: CampaignStatsQuery) {
  if (from > to) throw invalidField('to', 'campaign.periodBackwards');
  if (DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days >= MAX_STATS_DAYS)
    throw invalidField('to', 'campaign.periodTooLong');
}

/** Visits per tag, language and day against contacts by "how they heard of us", for one desk and period. */
export async function campaignStats(
  ctx: Ctx,
  deskId: string,
  query: CampaignStatsQuery,
  lang: Language,
): Promise<CampaignStats> {
  const { actor } = await deskFor(ctx, deskId, PERMISSION);
  checkPeriod(query);
  const { from, to } = query;
  const [tags, visits, heard, terms] = await Promise.all([
    tagsOf(ctx, actor.tenantId, deskId, lang),
    repo.visitsBetween(ctx.db, actor.tenantId, deskId, from, to),
    repo.contactsByHeardFrom(ctx.db, actor.tenantId, deskId, from, to),
    repo.heardFromTerms(ctx.db, actor.tenantId),
  ]);
  // Visits may carry a tag that was never created (a hand-typed link): shown under its code.
  const seen = [...new Set(visits.map((v) => v.tag))].filter(
    (code) => code && !tags.some((t) => t.code === code),
  );
  const allTags = [...tags, ...seen.map((code) => ({ code, label: code, medium: 'other' as const }))];
  const byDay = new Map(eachDate(from, to).map((date) => [date, { date, tagged: 0, untagged: 0 }]));
  for (const v of visits) {
    const day = byDay.get(v.date);
    if (day) day[v.tag ? 'tagged' : 'untagged'] += v.visits;
  }
  const counts = new Map(heard.map((h) => [h.code, h.contacts]));
  const label = (t: (typeof terms)[number]) => (lang === 'en' ? t.label_en : t.label_it);
  const heardFrom = [
    ...terms
      .filter((t) => t.is_retired === 0 || counts.has(t.code))
      .map((t) => ({ code: t.code, label: label(t), contacts: counts.get(t.code) ?? 0 })),
    ...heard
      .filter((h) => h.code !== '' && !terms.some((t) => t.code === h.code))
      .map((h) => ({ code: h.code, label: h.code, contacts: h.contacts })),
    ...(counts.get('')
      ? [{ code: '', label: translate(lang, 'dashboardLabels.notGiven'), contacts: counts.get('') ?? 0 }]
      : []),
  ];
  return {
    deskId,
    from,
    to,
    tags: allTags.map((tag) => {
      const mine = visits.filter((v) => v.tag === tag.code);
      const byLanguage: Record<string, number> = {};
      for (const v of mine) byLanguage[v.lang] = (byLanguage[v.lang] ?? 0) + v.visits;
      return {
        code: tag.code,
        label: tag.label,
        medium: tag.medium,
        visits: mine.reduce((sum, v) => sum + v.visits, 0),
        byLanguage,
      };
    }),
    untaggedVisits: visits.filter((v) => v.tag === '').reduce((sum, v) => sum + v.visits, 0),
    byDay: [...byDay.values()],
    heardFrom,
  };
}
