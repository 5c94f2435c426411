/**
 * The service directory (DESIGN.md §3 Service, §7 Open Referral HSDS 3.0):
 * the form a coordinator fills in, what the desk reads and searches, and the
 * HSDS import request and report. Field names follow HSDS in camelCase.
 */
import { z } from 'zod';
import { Id, Instant, optionalText, requiredText, Version } from './common';

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export const ServiceStatus = z.enum(SERVICE_STATUSES, { error: 'validation.unknownValue' });
export type ServiceStatus = z.infer<typeof ServiceStatus>;

const text = optionalText(4000);
/** A user-area code of the vocabularies (kind `area`). */
const AreaCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'validation.termCode' });
const age = z
  .number()
  .int()
  .min(0)
  .max(130)
  .nullish()
  .transform((v) => v ?? null);
const names = z.array(requiredText(200)).max(50, { error: 'validation.tooMany' }).default([]);

export const ServiceLocation = z.object({
  name: optionalText(200),
  address1: optionalText(300),
  city: optionalText(120),
  postalCode: optionalText(20),
  stateProvince: optionalText(120),
  country: optionalText(2),
  latitude: z
    .number()
    .min(-90)
    .max(90)
    .nullish()
    .transform((v) => v ?? null),
  longitude: z
    .number()
    .min(-180)
    .max(180)
    .nullish()
    .transform((v) => v ?? null),
});
export const ServiceSchedule = z.object({
  /** RFC 5545 days, e.g. "MO,WE". */
  byday: optionalText(40),
  opensAt: optionalText(8),
  closesAt: optionalText(8),
  description: optionalText(500),
});
export const ServicePhone = z.object({ number: requiredText(40), description: optionalText(300) });
export const ServiceContact = z.object({
  name: optionalText(200),
  title: optionalText(200),
  email: z
    .email({ error: 'validation.email' })
    .nullish()
    .transform((v) => v ?? null),
});
export const ServiceCostOption = z.object({
  option: optionalText(300),
  amount: z
    .number()
    .min(0)
    .nullish()
    .transform((v) => v ?? null),
  currency: optionalText(3),
  amountDescription: optionalText(500),
});

export const ServiceInput = z.object({
  organisationId: Id,
  name: requiredText(200),
  alternateName: optionalText(200),
  description: text,
  url: z
    .url({ error: 'validation.url' })
    .nullish()
    .transform((v) => v ?? null),
  email: z
    .email({ error: 'validation.email' })
    .nullish()
    .transform((v) => v ?? null),
  status: ServiceStatus.default('active'),
  interpretationServices: text,
  applicationProcess: text,
  feesDescription: text,
  eligibilityDescription: text,
  accreditations: text,
  minimumAge: age,
  maximumAge: age,
  alert: text,
  languages: names,
  serviceAreas: names,
  areaCodes: z.array(AreaCode).max(20).default([]),
  ackWorkingDays: z.int().min(0).max(60).default(3),
  locations: z.array(ServiceLocation).max(20).default([]),
  schedules: z.array(ServiceSchedule).max(50).default([]),
  phones: z.array(ServicePhone).max(20).default([]),
  contacts: z.array(ServiceContact).max(20).default([]),
  costOptions: z.array(ServiceCostOption).max(20).default([]),
});
export type ServiceInput = z.input<typeof ServiceInput>;
export type ServiceValues = z.output<typeof ServiceInput>;

export const ServiceUpdate = ServiceInput.extend({ version: Version });
export type ServiceUpdate = z.input<typeof ServiceUpdate>;

const nullableText = z.string().nullable();
const nullableNumber = z.number().nullable();
// Views carry no transforms (replies are serialised through them): plain nullable fields.
const LocationView = z.object({
  id: z.string(),
  name: nullableText,
  address1: nullableText,
  city: nullableText,
  postalCode: nullableText,
  stateProvince: nullableText,
  country: nullableText,
  latitude: nullableNumber,
  longitude: nullableNumber,
});
const ScheduleView = z.object({
  id: z.string(),
  byday: nullableText,
  opensAt: nullableText,
  closesAt: nullableText,
  description: nullableText,
});
const PhoneView = z.object({ id: z.string(), number: z.string(), description: nullableText });
const ContactView = z.object({
  id: z.string(),
  name: nullableText,
  title: nullableText,
  email: nullableText,
});
const CostOptionView = z.object({
  id: z.string(),
  option: nullableText,
  amount: nullableNumber,
  currency: nullableText,
  amountDescription: nullableText,
});

/** A service as staff read it. */
export const ServiceView = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  name: z.string(),
  alternateName: z.string().nullable(),
  description: z.string().nullable(),
  url: z.string().nullable(),
  email: z.string().nullable(),
  status: ServiceStatus,
  interpretationServices: z.string().nullable(),
  applicationProcess: z.string().nullable(),
  feesDescription: z.string().nullable(),
  eligibilityDescription: z.string().nullable(),
  accreditations: z.string().nullable(),
  minimumAge: z.number().nullable(),
  maximumAge: z.number().nullable(),
  alert: z.string().nullable(),
  languages: z.array(z.string()),
  serviceAreas: z.array(z.string()),
  areaCodes: z.array(z.string()),
  ackWorkingDays: z.int(),
  locations: z.array(LocationView),
  schedules: z.array(ScheduleView),
  phones: z.array(PhoneView),
  contacts: z.array(ContactView),
  costOptions: z.array(CostOptionView),
  version: z.int(),
  updatedAt: Instant,
});
export type ServiceView = z.infer<typeof ServiceView>;

/** One search hit: enough to choose a service while recording a contact. */
export const ServiceSummary = ServiceView.pick({
  id: true,
  organisationId: true,
  organisationName: true,
  name: true,
  alternateName: true,
  description: true,
  status: true,
  areaCodes: true,
  ackWorkingDays: true,
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const ServiceQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: ServiceStatus.optional(),
  organisationId: Id.optional(),
  areaCode: AreaCode.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ServiceQuery = Omit<z.input<typeof ServiceQuery>, 'limit'> & { limit?: number };

export const ServiceList = z.object({ services: z.array(ServiceSummary) });
export type ServiceList = z.infer<typeof ServiceList>;

// ── HSDS 3.0 import and export ──

export const DirectoryExportQuery = z.object({ format: z.literal('json').default('json') });

export const DirectoryImportInput = z.object({
  format: z.literal('json').default('json'),
  content: z
    .string()
    .min(1, { error: 'validation.required' })
    .max(30_000_000, { error: 'validation.tooLong' }),
  dryRun: z.boolean().default(true),
});
export type DirectoryImportInput = z.input<typeof DirectoryImportInput>;

/** Where a problem is: the file (CSV) and line, or the index of the service in a JSON array; the field; why. */
export const DirectoryImportProblem = z.object({
  file: z.string().nullable(),
  line: z.int().nullable(),
  index: z.int().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export type DirectoryImportProblem = z.infer<typeof DirectoryImportProblem>;

export const DirectoryImportResult = z.object({
  dryRun: z.boolean(),
  ok: z.boolean(),
  services: z.int(),
  created: z.int(),
  updated: z.int(),
  organisationsCreated: z.int(),
  errors: z.array(DirectoryImportProblem),
});
export type DirectoryImportResult = z.infer<typeof DirectoryImportResult>;
