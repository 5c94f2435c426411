/**
 * A contact (one visit, IASS rule: the same person twice in a day is one
 * contact), its requests with outcomes, the operators who took part and the
 * notes; plus drafts and the desk's defaults for a new contact.
 */
import { z } from 'zod';
import { AgeBand, Channel, CitizenshipGroup, Sex } from '../contacts';
import { OrganisationKind } from '../roles';
import { Id, Instant, LocalDate, optionalText, Version } from './common';
import { CareRelationView, ConsentEvent, MergeView, PersonSummary, PersonView } from './people';
import { BounceView, ReferralListItem } from './referrals';
import { TermCode } from './vocabularies';

/** What an anonymous contact keeps (an identified one takes it from the person, as it was that day). */
export const Profile = z.object({
  ageBand: AgeBand.default('unknown'),
  sex: Sex.default('unknown'),
  municipalityId: z.preprocess(
    (v) => (v === '' ? null : v),
    Id.nullish().transform((v) => v ?? null),
  ),
  citizenshipGroup: CitizenshipGroup.default('unknown'),
});
export type Profile = z.input<typeof Profile>;

export const RequestInput = z.object({
  areaCode: TermCode,
  categoryCode: TermCode,
  description: optionalText(500),
  outcomeCode: TermCode,
  /** Orientation: the service the person was pointed to. */
  serviceName: optionalText(200),
  /** Routed to own worker: which care relation. */
  careRelationId: z.preprocess(
    (v) => (v === '' ? null : v),
    Id.nullish().transform((v) => v ?? null),
  ),
  /** Optional message to that case worker (needs their Sportello account). */
  messageToCaseWorker: optionalText(1000),
});
export type RequestInput = z.input<typeof RequestInput>;

export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/, { error: 'validation.language' });

const ContactFields = z.object({
  channel: Channel.default('walk_in'),
  visitorType: TermCode.default('self'),
  personId: z.preprocess(
    (v) => (v === '' ? null : v),
    Id.nullish().transform((v) => v ?? null),
  ),
  profile: Profile.default({
    ageBand: 'unknown',
    sex: 'unknown',
    municipalityId: null,
    citizenshipGroup: 'unknown',
  }),
  requests: z
    .array(RequestInput)
    .min(1, { error: 'validation.requestsRequired' })
    .max(10, { error: 'validation.tooMany' }),
  heardFrom: z.preprocess(
    (v) => (v === '' ? null : v),
    TermCode.nullish().transform((v) => v ?? null),
  ),
  language: LanguageCode.default('it'),
  interpreter: z.boolean().default(false),
  operatorIds: z
    .array(Id)
    .min(1, { error: 'validation.operatorsRequired' })
    .max(6, { error: 'validation.tooMany' }),
  /** A new note added with this save. */
  note: optionalText(2000),
  noteConfidential: z.boolean().default(false),
});

export const ContactInput = ContactFields.extend({
  deskId: Id,
  /** Opened from a ticket: its times become the contact's. */
  ticketId: z.preprocess(
    (v) => (v === '' ? null : v),
    Id.nullish().transform((v) => v ?? null),
  ),
  /** A phone call or outreach recorded afterwards: when it happened (default now). */
  startedAt: Instant.nullish().transform((v) => v ?? null),
  /** The draft this save completes: deleted with the save. */
  draftKey: z.string().max(80).nullish(),
});
export type ContactInput = z.input<typeof ContactInput>;

export const ContactUpdate = ContactFields.extend({ version: Version });
export type ContactUpdate = z.input<typeof ContactUpdate>;
export type ContactFieldsValues = z.output<typeof ContactFields>;

export const NoteInput = z.object({
  body: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(2000, { error: 'validation.tooLong' }),
  confidential: z.boolean().default(false),
});
export type NoteInput = z.input<typeof NoteInput>;

export const OperatorRef = z.object({
  userId: Id,
  name: z.string(),
  organisationId: Id,
  organisationName: z.string(),
  organisationKind: OrganisationKind,
});
export type OperatorRef = z.infer<typeof OperatorRef>;

export const RequestView = z.object({
  id: Id,
  areaCode: z.string(),
  categoryCode: z.string(),
  description: z.string().nullable(),
  outcomeCode: z.string(),
  serviceName: z.string().nullable(),
  careRelationId: Id.nullable(),
  caseWorkerMessaged: z.boolean(),
});
export type RequestView = z.infer<typeof RequestView>;

export const NoteView = z.object({
  id: Id,
  body: z.string(),
  confidential: z.boolean(),
  authorName: z.string(),
  organisationName: z.string(),
  createdAt: Instant,
});
export type NoteView = z.infer<typeof NoteView>;

export const ContactView = z.object({
  id: Id,
  deskId: Id,
  deskName: z.string(),
  date: LocalDate,
  ticketIds: z.array(Id),
  ticketCodes: z.array(z.string()),
  channel: Channel,
  visitorType: z.string(),
  person: PersonSummary.nullable(),
  profile: z.object({
    ageBand: AgeBand,
    sex: Sex,
    municipalityId: Id.nullable(),
    municipalityName: z.string().nullable(),
    citizenshipGroup: CitizenshipGroup,
  }),
  requests: z.array(RequestView),
  heardFrom: z.string().nullable(),
  language: z.string(),
  interpreter: z.boolean(),
  operators: z.array(OperatorRef),
  /** Operators of both staffing organisations took part. */
  isJoint: z.boolean(),
  notes: z.array(NoteView),
  /** Confidential notes of other organisations: counted, not shown. */
  hiddenNotes: z.int(),
  startedAt: Instant,
  endedAt: Instant.nullable(),
  createdByName: z.string().nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  version: z.int(),
});
export type ContactView = z.infer<typeof ContactView>;

/** The answer to a save: the contact, and whether the visit joined the same person's earlier contact that day. */
export const ContactSaved = z.object({ contact: ContactView, joinedExisting: z.boolean() });
export type ContactSaved = z.infer<typeof ContactSaved>;

export const ContactListQuery = z.object({
  deskId: Id,
  from: LocalDate,
  to: LocalDate,
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;

export const ContactListItem = z.object({
  id: Id,
  date: LocalDate,
  startedAt: Instant,
  channel: Channel,
  ticketCodes: z.array(z.string()),
  /** The person's name, or null for an anonymous contact. */
  personName: z.string().nullable(),
  personId: Id.nullable(),
  areaCodes: z.array(z.string()),
  outcomeCodes: z.array(z.string()),
  isJoint: z.boolean(),
  operatorNames: z.array(z.string()),
});
export type ContactListItem = z.infer<typeof ContactListItem>;
export const ContactList = z.object({ contacts: z.array(ContactListItem) });
export type ContactList = z.infer<typeof ContactList>;

/** What the desk screen pre-fills a new contact with. */
export const ContactDefaultsQuery = z.object({ ticketId: Id.optional() });
export const ContactDefaults = z.object({
  channel: Channel,
  /** Operators checked in now at the desk, the acting one first. */
  operators: z.array(OperatorRef),
  ticket: z
    .object({
      id: Id,
      code: z.string(),
      issuedAt: Instant,
      servingAt: Instant.nullable(),
      language: z.string().nullable(),
    })
    .nullable(),
  language: z.string(),
  /** The draft already saved for this ticket or desk, when there is one. */
  draftKey: z.string(),
});
export type ContactDefaults = z.infer<typeof ContactDefaults>;

// ── drafts ──────────────────────────────────────────────────────────────────

export const DraftKey = z.string().regex(/^[a-z0-9-]{1,80}$/, { error: 'validation.draftKey' });
export const DraftParams = z.object({ key: DraftKey });

/** The form as the operator left it; whatever shape the form has, bounded in size. */
export const DraftInput = z.object({
  deskId: Id,
  body: z
    .record(z.string(), z.unknown())
    .refine((b) => JSON.stringify(b).length <= 64_000, { error: 'validation.tooLong' }),
});
export type DraftInput = z.infer<typeof DraftInput>;

export const DraftView = z.object({
  key: z.string(),
  deskId: Id,
  body: z.record(z.string(), z.unknown()),
  updatedAt: Instant,
});
export type DraftView = z.infer<typeof DraftView>;
export const DraftList = z.object({ drafts: z.array(DraftView.omit({ body: true })) });
export type DraftList = z.infer<typeof DraftList>;

// ── a person's timeline ─────────────────────────────────────────────────────

/** Everything the desk knows of a person, newest first: an audited read. Referrals and bounces join in issue 5. */
export const PersonTimeline = z.object({
  person: PersonView,
  contacts: z.array(ContactView),
  careRelations: z.array(CareRelationView),
  consentHistory: z.array(ConsentEvent),
  merges: z.array(MergeView),
  /** Referrals of the person (as the desk sees them) and the bounces counted for them. */
  referrals: z.array(ReferralListItem),
  bounces: z.array(BounceView),
});
export type PersonTimeline = z.infer<typeof PersonTimeline>;
