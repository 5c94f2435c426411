/**
 * The desk's public information and its launch campaign (issue 7): contact
 * details shown on the public pages and the materials, campaign tags, visit
 * counts per tag, and the materials a coordinator prints.
 */
import { z } from 'zod';
import { CAMPAIGN_PARAM, CampaignMedium, CampaignTagCode, PublicLanguage } from '../public';
import { Email } from './accounts';
import { Instant, LocalDate, optionalText, requiredText, Version } from './common';

export { CAMPAIGN_PARAM };

const optionalEmail = z
  .union([Email, z.literal('')])
  .nullish()
  .transform((value) => (value ? value : null));
const optionalUrl = z
  .union([z.url({ protocol: /^https?$/, error: 'validation.url' }).max(500), z.literal('')])
  .nullish()
  .transform((value) => (value ? value : null));

/** What residents read besides the schedule: how to reach the desk. Edited by an admin or coordinator. */
export const DeskPublicInfoInput = z.object({
  phone: optionalText(40),
  email: optionalEmail,
  /** The accessibility statement published on AgID's form.agid.gov.it, if any; else the site's own page. */
  accessibilityUrl: optionalUrl,
  version: Version.optional(),
});
export type DeskPublicInfoInput = z.input<typeof DeskPublicInfoInput>;

export const DeskPublicInfo = z.object({
  deskId: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  accessibilityUrl: z.string().nullable(),
  /** 0 before the first save. */
  version: z.int(),
  updatedAt: Instant.nullable(),
});
export type DeskPublicInfo = z.infer<typeof DeskPublicInfo>;

export const CampaignTagInput = z.object({
  code: CampaignTagCode,
  label: requiredText(120),
  medium: CampaignMedium,
});
export type CampaignTagInput = z.input<typeof CampaignTagInput>;

export const CampaignTag = z.object({
  code: z.string(),
  label: z.string(),
  medium: CampaignMedium,
  createdAt: Instant,
  /** Every visit that arrived with this tag, ever. */
  visits: z.int(),
});
export type CampaignTag = z.infer<typeof CampaignTag>;

export const CampaignStatsQuery = z.object({ from: LocalDate, to: LocalDate });
export type CampaignStatsQuery = z.infer<typeof CampaignStatsQuery>;

/** Visits per tag against contacts by "how they heard of us", for one desk and period (aggregates only). */
export const CampaignStats = z.object({
  deskId: z.string(),
  from: LocalDate,
  to: LocalDate,
  tags: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      medium: CampaignMedium,
      visits: z.int(),
      byLanguage: z.record(z.string(), z.int()),
    }),
  ),
  /** Page views that came with no tag (typed address, links, bookmarks). */
  untaggedVisits: z.int(),
  byDay: z.array(z.object({ date: LocalDate, tagged: z.int(), untagged: z.int() })),
  heardFrom: z.array(z.object({ code: z.string(), label: z.string(), contacts: z.int() })),
});
export type CampaignStats = z.infer<typeof CampaignStats>;

export const MATERIAL_KINDS = ['poster', 'flyer', 'social'] as const;
/** poster: A4 PDF; flyer: A6 PDF; social: 1200×630 PNG. */
export const MaterialKind = z.enum(MATERIAL_KINDS, { error: 'validation.unknownValue' });
export type MaterialKind = z.infer<typeof MaterialKind>;

export const MaterialQuery = z.object({
  kind: MaterialKind,
  lang: PublicLanguage.default('it'),
  /** Italian and `lang` side by side (ignored when lang is Italian). */
  bilingual: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** The campaign tag the QR link carries; by default the desk's first tag for the medium. */
  tag: CampaignTagCode.optional(),
});
export type MaterialQuery = z.input<typeof MaterialQuery>;
