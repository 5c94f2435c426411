/**
 * Contacts at the desk as data (DESIGN.md §3): channels, the anonymous
 * profile's bands and groups, the vocabularies' kinds and their default
 * terms, and the outcome groups the indicators count by. Pure, no I/O:
 * shared by server and web.
 */
import { z } from 'zod';

export const CHANNELS = ['walk_in', 'phone', 'email', 'outreach'] as const;
export const Channel = z.enum(CHANNELS, { error: 'validation.unknownValue' });
export type Channel = z.infer<typeof Channel>;

export const AGE_BANDS = [
  '0-17',
  '18-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65-74',
  '75-84',
  '85+',
  'unknown',
] as const;
export const AgeBand = z.enum(AGE_BANDS, { error: 'validation.unknownValue' });
export type AgeBand = z.infer<typeof AgeBand>;

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const Sex = z.enum(SEXES, { error: 'validation.unknownValue' });
export type Sex = z.infer<typeof Sex>;

export const CITIZENSHIP_GROUPS = ['italian', 'eu', 'non_eu', 'unknown'] as const;
export const CitizenshipGroup = z.enum(CITIZENSHIP_GROUPS, { error: 'validation.unknownValue' });
export type CitizenshipGroup = z.infer<typeof CitizenshipGroup>;

/** Languages offered first for the conversation; any ISO 639 code is accepted. */
export const CONVERSATION_LANGUAGES = ['it', 'en', 'fr', 'ar', 'ro', 'sq', 'es', 'uk', 'zh', 'ur'] as const;

export const VOCABULARY_KINDS = ['area', 'need_category', 'visitor_type', 'outcome', 'heard_from'] as const;
export const VocabularyKind = z.enum(VOCABULARY_KINDS, { error: 'validation.unknownValue' });
export type VocabularyKind = z.infer<typeof VocabularyKind>;

/**
 * What an outcome means for the indicators: handled at the desk, handed over
 * (a referral), sent to the person's own case worker, or nothing done.
 */
export const OUTCOME_GROUPS = ['desk', 'referral', 'own_worker', 'none'] as const;
export const OutcomeGroup = z.enum(OUTCOME_GROUPS, { error: 'validation.unknownValue' });
export type OutcomeGroup = z.infer<typeof OutcomeGroup>;

export interface DefaultTerm {
  kind: VocabularyKind;
  code: string;
  outcomeGroup?: OutcomeGroup;
}

const terms = (kind: VocabularyKind, codes: readonly string[]): DefaultTerm[] =>
  codes.map((code) => ({ kind, code }));

/** The starting vocabularies (DESIGN.md §3); labels are the catalogues' `vocabulary.<kind>.<code>`. */
export const DEFAULT_TERMS: readonly DefaultTerm[] = [
  ...terms('area', [
    'family_minors',
    'disability',
    'addiction',
    'elderly',
    'migrants',
    'poverty_adults',
    'multi_user',
  ]),
  ...terms('need_category', [
    'economic_support',
    'housing',
    'work_training',
    'home_care',
    'non_self_sufficiency',
    'disability_benefits',
    'childcare_school',
    'family_conflict_violence',
    'administrative',
    'health_access',
    'legal_status',
    'loneliness',
    'addiction',
    'other',
  ]),
  ...terms('visitor_type', [
    'self',
    'family',
    'relative_friend_neighbour',
    'professional',
    'volunteer',
    'other',
  ]),
  { kind: 'outcome', code: 'information', outcomeGroup: 'desk' },
  { kind: 'outcome', code: 'listening', outcomeGroup: 'desk' },
  { kind: 'outcome', code: 'orientation', outcomeGroup: 'desk' },
  { kind: 'outcome', code: 'practical_support', outcomeGroup: 'desk' },
  { kind: 'outcome', code: 'resolved', outcomeGroup: 'desk' },
  { kind: 'outcome', code: 'referral', outcomeGroup: 'referral' },
  { kind: 'outcome', code: 'routed_to_own_worker', outcomeGroup: 'own_worker' },
  { kind: 'outcome', code: 'none', outcomeGroup: 'none' },
  ...terms('heard_from', [
    'poster_flyer',
    'web_social',
    'other_service',
    'word_of_mouth',
    'knew_offices',
    'other',
  ]),
];

/** Outcomes whose meaning the software relies on: their codes never change. */
export const OUTCOME = {
  orientation: 'orientation',
  referral: 'referral',
  routedToOwnWorker: 'routed_to_own_worker',
} as const;

export const CONSENT_KINDS = [
  'privacy_notice', //       GDPR art. 13 notice given
  'record_data', //          record identified data
  'share_with_services', //  share with a receiving service
  'contact_for_feedback', // be contacted for feedback
] as const;
export const ConsentKind = z.enum(CONSENT_KINDS, { error: 'validation.unknownValue' });
export type ConsentKind = z.infer<typeof ConsentKind>;

export const CONSENT_METHODS = ['oral', 'written', 'digital'] as const;
export const ConsentMethod = z.enum(CONSENT_METHODS, { error: 'validation.unknownValue' });
export type ConsentMethod = z.infer<typeof ConsentMethod>;

/** The age band of someone born on birthDate (YYYY-MM-DD), on the local date `on`. */
export function ageBandOf(birthDate: string | null, on: string): AgeBand {
  if (!birthDate) return 'unknown';
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 0) return 'unknown';
  const limits: [number, AgeBand][] = [
    [18, '0-17'],
    [25, '18-24'],
    [35, '25-34'],
    [45, '35-44'],
    [55, '45-54'],
    [65, '55-64'],
    [75, '65-74'],
    [85, '75-84'],
  ];
  for (const [limit, band] of limits) if (age < limit) return band;
  return '85+';
}

/**
 * A name reduced for comparison: lower case, accents and apostrophes gone,
 * anything not a letter a space ("D'Angelo-Ruà" → "d angelo rua").
 */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}
