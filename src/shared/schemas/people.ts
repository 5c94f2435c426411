/**
 * People concerned (persone interessate), their consents, care relations and
 * merges: the shapes the API accepts and returns, shared with the forms.
 */
import { z } from 'zod';
import { AgeBand, CitizenshipGroup, ConsentKind, ConsentMethod, Sex } from '../contacts';
import { Email } from './accounts';
import { Id, Instant, LocalDate, optionalText, requiredText, Version } from './common';

/** Upper case, no spaces; the checksum, omocodia and place are checked by the server's library. */
export const CodiceFiscaleText = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{16}$/, { error: 'validation.cfFormat' }));

export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ./-]{6,20}$/, { error: 'validation.phone' });

const nullable = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === '' ? null : value),
    schema.nullish().transform((v) => v ?? null),
  );

export const PersonFields = z.object({
  givenName: requiredText(80),
  familyName: requiredText(80),
  codiceFiscale: nullable(CodiceFiscaleText),
  birthDate: nullable(LocalDate),
  sex: Sex.default('unknown'),
  birthPlace: optionalText(120),
  phone: nullable(Phone),
  email: nullable(Email),
  municipalityId: nullable(Id),
  citizenshipGroup: CitizenshipGroup.default('unknown'),
});
export type PersonFields = z.input<typeof PersonFields>;
export type PersonValues = z.output<typeof PersonFields>;

/** Identifying someone needs the privacy notice given and the consent to record their data. */
export const InitialConsents = z.object({
  method: ConsentMethod.default('oral'),
  privacyNotice: z.literal(true, { error: 'validation.privacyNoticeRequired' }),
  recordData: z.literal(true, { error: 'validation.recordConsentRequired' }),
  shareWithServices: z.boolean().default(false),
  contactForFeedback: z.boolean().default(false),
});
export type InitialConsents = z.input<typeof InitialConsents>;

export const PersonInput = PersonFields.extend({ consents: InitialConsents });
export type PersonInput = z.input<typeof PersonInput>;
export type PersonInputValues = z.output<typeof PersonInput>;

export const PersonUpdate = PersonFields.extend({ version: Version });
export type PersonUpdate = z.input<typeof PersonUpdate>;

export const ConsentInput = z.object({
  kind: ConsentKind,
  granted: z.boolean(),
  method: ConsentMethod,
  note: optionalText(300),
});
export type ConsentInput = z.input<typeof ConsentInput>;
export type ConsentValues = z.output<typeof ConsentInput>;

export const ConsentEvent = z.object({
  id: Id,
  kind: ConsentKind,
  granted: z.boolean(),
  method: ConsentMethod,
  note: z.string().nullable(),
  recordedAt: Instant,
  recordedByName: z.string().nullable(),
});
export type ConsentEvent = z.infer<typeof ConsentEvent>;

/** The latest answer per kind; a kind never asked is absent. */
export const ConsentState = z.partialRecord(ConsentKind, ConsentEvent);
export type ConsentState = z.infer<typeof ConsentState>;

export const CareRelationView = z.object({
  id: Id,
  personId: Id,
  personName: z.string(),
  organisationId: Id,
  organisationName: z.string(),
  serviceName: z.string(),
  caseWorkerName: z.string(),
  caseWorkerContact: z.string().nullable(),
  /** The case worker's Sportello account, when they have one: a message can reach them in the app. */
  caseWorkerUserId: Id.nullable(),
  startDate: LocalDate,
  endDate: LocalDate.nullable(),
  active: z.boolean(),
  source: z.enum(['manual', 'import']),
  externalRef: z.string().nullable(),
  version: z.int(),
});
export type CareRelationView = z.infer<typeof CareRelationView>;

/** One line of a search result or a list: enough to tell people apart, nothing more. */
export const PersonSummary = z.object({
  id: Id,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: LocalDate.nullable(),
  codiceFiscale: z.string().nullable(),
  municipalityName: z.string().nullable(),
  inCare: z.boolean(),
  lastContactAt: Instant.nullable(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const MATCH_FIELDS = ['name', 'codice_fiscale', 'birth_date', 'phone'] as const;
export const PersonMatch = PersonSummary.extend({
  /** 0–1, higher is closer. */
  score: z.number(),
  matchedOn: z.array(z.enum(MATCH_FIELDS)),
});
export type PersonMatch = z.infer<typeof PersonMatch>;

/** Search before create. Sent in the body so names never travel in URLs or logs. At least one field. */
export const PeopleSearch = z
  .object({
    name: optionalText(120),
    birthDate: nullable(LocalDate),
    codiceFiscale: optionalText(16),
    phone: optionalText(20),
    limit: z.int().min(1).max(50).default(10),
  })
  .refine((s) => s.name || s.birthDate || s.codiceFiscale || s.phone, {
    error: 'validation.searchEmpty',
    path: ['name'],
  });
export type PeopleSearch = z.input<typeof PeopleSearch>;
export type PeopleSearchValues = z.output<typeof PeopleSearch>;

export const PeopleSearchResult = z.object({ matches: z.array(PersonMatch) });
export type PeopleSearchResult = z.infer<typeof PeopleSearchResult>;

export const DUPLICATE_REASONS = ['codice_fiscale', 'name', 'birth_date'] as const;

export const PersonView = z.object({
  id: Id,
  givenName: z.string(),
  familyName: z.string(),
  codiceFiscale: z.string().nullable(),
  birthDate: LocalDate.nullable(),
  sex: Sex,
  birthPlace: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  municipalityId: Id.nullable(),
  municipalityName: z.string().nullable(),
  citizenshipGroup: CitizenshipGroup,
  ageBand: AgeBand,
  consents: ConsentState,
  /** May the desk record identified contacts for them now (notice given, consent to record not withdrawn)? */
  canRecord: z.boolean(),
  careRelations: z.array(CareRelationView),
  possibleDuplicates: z.array(PersonSummary.extend({ reasons: z.array(z.enum(DUPLICATE_REASONS)) })),
  /** Set when merged into another record (the other id) — the record is kept for undo. */
  mergedIntoId: Id.nullable(),
  /** Identifying data erased after the consent to record was withdrawn. */
  anonymisedAt: Instant.nullable(),
  createdAt: Instant,
  version: z.int(),
});
export type PersonView = z.infer<typeof PersonView>;

export const CodiceFiscaleCheck = z.object({ codiceFiscale: z.string().max(40) });
export const CodiceFiscaleDecoded = z.object({
  valid: z.boolean(),
  /** i18n key of why not, e.g. validation.cfChecksum. */
  reason: z.string().nullable(),
  /** The translated reason. */
  message: z.string().nullable(),
  codiceFiscale: z.string(),
  birthDate: LocalDate.nullable(),
  sex: Sex.nullable(),
  birthPlace: z.string().nullable(),
  province: z.string().nullable(),
  /** Born abroad (place code Z…). */
  bornAbroad: z.boolean().nullable(),
});
export type CodiceFiscaleDecoded = z.infer<typeof CodiceFiscaleDecoded>;

// ── duplicates and merges ───────────────────────────────────────────────────

export const DuplicatePair = z.object({
  a: PersonSummary,
  b: PersonSummary,
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
});
export const DuplicateList = z.object({ pairs: z.array(DuplicatePair) });
export type DuplicateList = z.infer<typeof DuplicateList>;

export const MergeInput = z
  .object({ keepId: Id, mergeId: Id })
  .refine((m) => m.keepId !== m.mergeId, { error: 'validation.mergeSame', path: ['mergeId'] });
export type MergeInput = z.infer<typeof MergeInput>;

export const MergeView = z.object({
  id: Id,
  keptId: Id,
  keptName: z.string(),
  mergedId: Id,
  mergedName: z.string(),
  movedContacts: z.int(),
  movedCareRelations: z.int(),
  mergedAt: Instant,
  mergedByName: z.string().nullable(),
  undoneAt: Instant.nullable(),
  undoneByName: z.string().nullable(),
});
export type MergeView = z.infer<typeof MergeView>;
export const MergeList = z.object({ merges: z.array(MergeView) });
export type MergeList = z.infer<typeof MergeList>;

// ── care relations ──────────────────────────────────────────────────────────

export const CareRelationInput = z
  .object({
    personId: Id,
    organisationId: Id,
    serviceName: requiredText(200),
    caseWorkerName: requiredText(120),
    caseWorkerContact: optionalText(200),
    caseWorkerUserId: nullable(Id),
    startDate: LocalDate,
    endDate: nullable(LocalDate),
    externalRef: optionalText(80),
  })
  .refine((c) => !c.endDate || c.endDate >= c.startDate, {
    error: 'validation.endBeforeStart',
    path: ['endDate'],
  });
export type CareRelationInput = z.input<typeof CareRelationInput>;

export const CareRelationUpdate = CareRelationInput.safeExtend({ version: Version });
export type CareRelationUpdate = z.input<typeof CareRelationUpdate>;

export const CareRelationQuery = z.object({
  personId: Id.optional(),
  activeOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const CareRelationList = z.object({ relations: z.array(CareRelationView) });
export type CareRelationList = z.infer<typeof CareRelationList>;

/** The CSV from the consortium's case management system, sent as text. */
export const CareImportInput = z.object({
  csv: z.string().min(1, { error: 'validation.required' }).max(10_000_000, { error: 'validation.tooLong' }),
  dryRun: z.boolean().default(true),
});
export type CareImportInput = z.input<typeof CareImportInput>;

export const ImportProblem = z.object({ line: z.int(), field: z.string().nullable(), message: z.string() });
export type ImportProblem = z.infer<typeof ImportProblem>;

export const CareImportResult = z.object({
  dryRun: z.boolean(),
  /** True when nothing was wrong; with dryRun false, the rows were then written. */
  ok: z.boolean(),
  rows: z.int(),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  peopleCreated: z.int(),
  errors: z.array(ImportProblem),
});
export type CareImportResult = z.infer<typeof CareImportResult>;

// ── messages to case workers ────────────────────────────────────────────────

export const MessageView = z.object({
  id: Id,
  fromName: z.string(),
  fromOrganisation: z.string(),
  personId: Id.nullable(),
  personName: z.string().nullable(),
  contactId: Id.nullable(),
  body: z.string(),
  createdAt: Instant,
  readAt: Instant.nullable(),
});
export type MessageView = z.infer<typeof MessageView>;
export const MessageList = z.object({ messages: z.array(MessageView), unread: z.int() });
export type MessageList = z.infer<typeof MessageList>;
