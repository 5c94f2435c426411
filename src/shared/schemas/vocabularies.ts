/** The editable vocabularies: areas, need categories, visitor types, outcomes, how they heard of us. */
import { z } from 'zod';
import { OutcomeGroup, VocabularyKind } from '../contacts';
import { Id, requiredText, Version } from './common';

export const TermCode = z
  .string({ error: 'validation.required' })
  .regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'validation.termCode' });

export const TermInput = z.object({
  kind: VocabularyKind,
  code: TermCode,
  labelIt: requiredText(80),
  labelEn: requiredText(80),
  /** Need categories only: the areas it is offered under; empty means every area. */
  areaCodes: z.array(TermCode).max(20).default([]),
  /** Outcomes only: how the indicators count it. */
  outcomeGroup: OutcomeGroup.nullish().transform((value) => value ?? null),
});
export type TermInput = z.input<typeof TermInput>;

export const TermUpdate = z.object({
  labelIt: requiredText(80),
  labelEn: requiredText(80),
  areaCodes: z.array(TermCode).max(20).default([]),
  position: z.int().min(0).max(10_000),
  version: Version,
});
export type TermUpdate = z.input<typeof TermUpdate>;

export const TermView = z.object({
  id: Id,
  kind: VocabularyKind,
  code: z.string(),
  labelIt: z.string(),
  labelEn: z.string(),
  areaCodes: z.array(z.string()),
  outcomeGroup: OutcomeGroup.nullable(),
  position: z.int(),
  retired: z.boolean(),
  /** Contacts or requests recorded with it: a used term's code and labels are history and stay as they are. */
  used: z.boolean(),
  /** Uses in the last 90 days: the desk shows the frequent ones first. */
  recentUses: z.int(),
  version: z.int(),
});
export type TermView = z.infer<typeof TermView>;

/** Every term of every kind, frequent first within a kind, retired ones last. */
export const Vocabularies = z.object({ terms: z.array(TermView) });
export type Vocabularies = z.infer<typeof Vocabularies>;
