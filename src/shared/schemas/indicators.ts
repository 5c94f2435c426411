/**
 * Pilot monitoring (issue 6): the pilot of a desk with its targets and the
 * evaluators' notes, the indicator query and report, drill-down, exports and
 * the anonymous satisfaction feedback. One schema per shape, for server and web.
 */
import { z } from 'zod';
import { INDICATOR_IDS, INDICATOR_TABLE_IDS, type IndicatorId } from '../indicators';
import { Id, Instant, LocalDate, optionalText, requiredText, Version } from './common';

const IndicatorIdSchema = z.enum(INDICATOR_IDS as [IndicatorId, ...IndicatorId[]], {
  error: 'validation.unknownValue',
});
export const IndicatorTableIdSchema = z.enum(INDICATOR_TABLE_IDS as [string, ...string[]], {
  error: 'validation.unknownValue',
});

/** Targets by indicator id; only indicators with a direction (better higher/lower) take one. */
export const Targets = z.partialRecord(IndicatorIdSchema, z.number({ error: 'validation.number' }).min(0));
export type Targets = z.infer<typeof Targets>;

// ── pilot ──

export const PilotInput = z
  .object({
    deskId: Id,
    name: requiredText(200),
    startDate: LocalDate,
    /** Empty: six months after the start. */
    endDate: LocalDate.nullish().transform((v) => v ?? null),
    targets: Targets.default({}),
    /** The wait above which a ticket counts in wait_above_target_share. */
    waitTargetMinutes: z.int({ error: 'validation.number' }).min(1).max(600).default(30),
  })
  .refine((p) => p.endDate === null || p.endDate > p.startDate, {
    error: 'validation.endBeforeStart',
    path: ['endDate'],
  });
export type PilotInput = z.input<typeof PilotInput>;
export type PilotValues = z.output<typeof PilotInput>;

export const PilotUpdate = PilotInput.safeExtend({ version: Version });
export type PilotUpdate = z.input<typeof PilotUpdate>;

/** Each staffing organisation's evaluators write their own notes. */
export const PilotNoteInput = z.object({
  body: z.string().trim().max(20000, { error: 'validation.tooLong' }),
});
export type PilotNoteInput = z.input<typeof PilotNoteInput>;

export const PilotNote = z.object({
  organisationId: Id,
  organisationName: z.string(),
  body: z.string(),
  updatedAt: Instant.nullable(),
  updatedByName: z.string().nullable(),
});
export type PilotNote = z.infer<typeof PilotNote>;

export const Pilot = z.object({
  id: Id,
  deskId: Id,
  deskName: z.string(),
  name: z.string(),
  startDate: LocalDate,
  endDate: LocalDate,
  targets: Targets,
  waitTargetMinutes: z.int(),
  /** One per staffing organisation of the desk, empty body until written. */
  notes: z.array(PilotNote),
  version: z.int(),
});
export type Pilot = z.infer<typeof Pilot>;

// ── indicator query and report ──

export const IndicatorQuery = z
  .object({
    from: LocalDate,
    to: LocalDate,
    /** Empty: every desk the reader may see. */
    deskId: Id.optional(),
    /** Contacts handled by an operator of this organisation. */
    organisationId: Id.optional(),
    /** Contacts of residents of this municipality. */
    municipalityId: Id.optional(),
    /** Contacts with a request in this area. */
    areaCode: z.string().trim().min(1).max(60).optional(),
    /** Compare with the previous period of equal length. */
    compare: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).default(true),
  })
  .refine((q) => q.from <= q.to, { error: 'validation.endBeforeStart', path: ['to'] });
export type IndicatorQuery = z.input<typeof IndicatorQuery>;
export type IndicatorQueryValues = z.output<typeof IndicatorQuery>;

export const IndicatorValue = z.object({
  id: IndicatorIdSchema,
  value: z.number().nullable(),
  previous: z.number().nullable(),
  target: z.number().nullable(),
  /** null: no target, or nothing to compare. */
  met: z.boolean().nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const IndicatorRow = z.object({
  /** A code, a date (YYYY-MM-DD), a week (YYYY-Www), a month (YYYY-MM), an hour (HH), a weekday (1–7). */
  key: z.string(),
  /** Translated or vocabulary label in the reader's language. */
  label: z.string(),
  value: z.number(),
  /** Share of the table's total, 0–1; null when the total is 0. */
  share: z.number().nullable(),
  previous: z.number().nullable(),
  /** Per 1,000 residents (by_municipality only). */
  rate: z.number().nullable(),
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;

export const IndicatorTable = z.object({
  id: IndicatorTableIdSchema,
  total: z.number(),
  rows: z.array(IndicatorRow),
});
export type IndicatorTable = z.infer<typeof IndicatorTable>;

export const Period = z.object({ from: LocalDate, to: LocalDate });

export const IndicatorReport = z.object({
  period: Period,
  previous: Period.nullable(),
  desks: z.array(z.object({ id: Id, name: z.string() })),
  /** The filters applied, with names, for captions. */
  filters: z.object({
    organisationName: z.string().nullable(),
    municipalityName: z.string().nullable(),
    areaLabel: z.string().nullable(),
  }),
  /** The pilot of the desk, when one desk is chosen and it has one. */
  pilot: Pilot.nullable(),
  values: z.array(IndicatorValue),
  tables: z.array(IndicatorTable),
  /** 'rollup': from the daily rollups; 'records': computed from the records (filters by organisation, municipality or area). */
  source: z.enum(['rollup', 'records']),
  generatedAt: Instant,
});
export type IndicatorReport = z.infer<typeof IndicatorReport>;

// ── drill-down ──

export const DrillDownQuery = z.object({
  query: IndicatorQuery,
  /** The table and row the reader clicked; no table: every contact of the period. */
  table: IndicatorTableIdSchema.optional(),
  key: z.string().max(200).optional(),
});
export type DrillDownQuery = z.input<typeof DrillDownQuery>;

export const DrillDownRow = z.object({
  contactId: Id,
  date: LocalDate,
  deskName: z.string(),
  channel: z.string(),
  anonymous: z.boolean(),
  municipalityName: z.string().nullable(),
  ageBand: z.string(),
  /** "area / category → outcome", one per request, in the reader's language. */
  requests: z.array(z.object({ area: z.string(), category: z.string(), outcome: z.string() })),
  isJoint: z.boolean(),
});
export const DrillDownList = z.object({
  rows: z.array(DrillDownRow),
  /** More rows exist than were returned (the list stops at 500). */
  truncated: z.boolean(),
});
export type DrillDownList = z.infer<typeof DrillDownList>;

// ── exports ──

export const EXPORT_KINDS = ['indicators', 'dataset', 'report'] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export const EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const ExportInput = z
  .object({
    /** Aggregated indicators, the pseudonymised contact-level dataset, or the joint evaluation report. */
    kind: z.enum(EXPORT_KINDS, { error: 'validation.unknownValue' }),
    format: z.enum(EXPORT_FORMATS, { error: 'validation.unknownValue' }),
    /** CSV only. */
    separator: z.enum(['comma', 'semicolon'], { error: 'validation.unknownValue' }).default('semicolon'),
    /** Small-cell suppression (<5) of aggregated counts; on unless a coordinator turns it off. */
    suppress: z.boolean().default(true),
    /** Dataset only: the same key gives the same pseudonyms in every export; empty, a new random key. */
    pseudonymKey: z
      .string()
      .trim()
      .max(200, { error: 'validation.tooLong' })
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || v.length >= 12, { error: 'validation.pseudonymKeyTooShort' }),
    query: IndicatorQuery,
  })
  .refine((e) => (e.kind === 'report' ? e.format === 'pdf' : e.format !== 'pdf'), {
    error: 'validation.exportFormat',
    path: ['format'],
  });
export type ExportInput = z.input<typeof ExportInput>;
export type ExportValues = z.output<typeof ExportInput>;

export const ExportJob = z.object({
  id: Id,
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(EXPORT_FORMATS),
  status: z.enum(EXPORT_STATUSES),
  /** 0–100. */
  progress: z.int(),
  suppress: z.boolean(),
  from: LocalDate,
  to: LocalDate,
  deskName: z.string().nullable(),
  fileName: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: Instant,
  createdByName: z.string().nullable(),
  finishedAt: Instant.nullable(),
});
export type ExportJob = z.infer<typeof ExportJob>;

// ── satisfaction ──

export const FeedbackInput = z.object({
  score: z.int({ error: 'validation.score' }).min(1, { error: 'validation.score' }).max(5, {
    error: 'validation.score',
  }),
  comment: optionalText(1000),
  /** The ticket the QR code on the receipt (or the kiosk) was for: one answer per ticket. */
  ticketId: Id.nullish().transform((v) => v ?? null),
});
export type FeedbackInput = z.input<typeof FeedbackInput>;
export type FeedbackValues = z.output<typeof FeedbackInput>;

export const FeedbackComment = z.object({
  date: LocalDate,
  score: z.int(),
  comment: z.string(),
  channel: z.enum(['kiosk', 'link']),
});
export type FeedbackComment = z.infer<typeof FeedbackComment>;
