/**
 * Accounts: tenants, organisations, municipalities, desks, users and sign-in.
 * Each schema is used by the server to validate and by the web form to check
 * the same rules before sending. Error messages are i18n keys (validation.*).
 */
import { z } from 'zod';
import { PERMISSIONS } from '../permissions';
import { Language, OrganisationKind, Role } from '../roles';
import { Id, Instant, optionalText, requiredText, Version } from './common';

export const PASSWORD_MIN_LENGTH = 12;

export const Username = z
  .string({ error: 'validation.required' })
  .trim()
  .toLowerCase()
  .min(3, { error: 'validation.usernameLength' })
  .max(64, { error: 'validation.usernameLength' })
  .regex(/^[a-z0-9][a-z0-9._@-]*$/, { error: 'validation.usernameChars' });

/** Length is checked here; common and guessable passwords are refused by the server. */
export const NewPassword = z
  .string({ error: 'validation.required' })
  .min(PASSWORD_MIN_LENGTH, { error: 'validation.passwordTooShort' })
  .max(256, { error: 'validation.tooLong' });

export const Email = z.email({ error: 'validation.email' }).max(254);
const optionalEmail = z
  .union([Email, z.literal('')])
  .nullish()
  .transform((value) => (value ? value : null));

// ── sign-in ────────────────────────────────────────────────────────────────

export const Login = z.object({
  username: Username,
  password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(256),
});
export type Login = z.infer<typeof Login>;

export const ChangePassword = z
  .object({
    currentPassword: z
      .string({ error: 'validation.required' })
      .min(1, { error: 'validation.required' })
      .max(256),
    newPassword: NewPassword,
  })
  .refine((value) => value.currentPassword !== value.newPassword, {
    error: 'validation.passwordUnchanged',
    path: ['newPassword'],
  });
export type ChangePassword = z.infer<typeof ChangePassword>;

export const Preferences = z.object({ locale: Language });
export type Preferences = z.infer<typeof Preferences>;

export const OrganisationRef = z.object({ id: Id, name: z.string(), kind: OrganisationKind });

export const SessionUser = z.object({
  id: Id,
  username: z.string(),
  fullName: z.string(),
  roles: z.array(Role),
  locale: Language,
  mustChangePassword: z.boolean(),
  organisation: OrganisationRef,
  tenant: z.object({ id: Id, name: z.string() }),
});
export type SessionUser = z.infer<typeof SessionUser>;

export const SessionView = z.object({
  user: SessionUser.nullable(),
  permissions: z.array(z.enum(PERMISSIONS as [string, ...string[]])),
  csrfToken: z.string(),
  setupRequired: z.boolean(),
  idleTimeoutMinutes: z.int(),
});
export type SessionView = z.infer<typeof SessionView>;

// ── organisations ──────────────────────────────────────────────────────────

export const OrganisationInput = z.object({
  name: requiredText(200),
  kind: OrganisationKind,
  taxCode: optionalText(16),
  email: optionalEmail,
  phone: optionalText(40),
});
export type OrganisationInput = z.infer<typeof OrganisationInput>;

export const OrganisationUpdate = OrganisationInput.extend({ version: Version });
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>;

export const OrganisationView = z.object({
  id: Id,
  name: z.string(),
  kind: OrganisationKind,
  taxCode: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isActive: z.boolean(),
  version: z.int(),
});
export type OrganisationView = z.infer<typeof OrganisationView>;

// ── municipalities ─────────────────────────────────────────────────────────

export const MunicipalityInput = z.object({
  istatCode: z.string().regex(/^\d{6}$/, { error: 'validation.istatCode' }),
  name: requiredText(120),
  province: z.string().regex(/^[A-Z]{2}$/, { error: 'validation.province' }),
  population: z.int({ error: 'validation.population' }).min(0, { error: 'validation.population' }),
  populationYear: z
    .int()
    .min(1900)
    .max(2200)
    .nullish()
    .transform((value) => value ?? null),
});
export type MunicipalityInput = z.infer<typeof MunicipalityInput>;

export const MunicipalityUpdate = MunicipalityInput.extend({ version: Version });
export type MunicipalityUpdate = z.infer<typeof MunicipalityUpdate>;

export const MunicipalityView = z.object({
  id: Id,
  istatCode: z.string(),
  name: z.string(),
  province: z.string(),
  population: z.int(),
  populationYear: z.int().nullable(),
  version: z.int(),
});
export type MunicipalityView = z.infer<typeof MunicipalityView>;

// ── desks ──────────────────────────────────────────────────────────────────

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });

/** One weekly opening window: ISO weekday (1 = Monday) and local times. */
export const DeskHours = z
  .object({ weekday: z.int().min(1).max(7), opensAt: Time, closesAt: Time })
  .refine((value) => value.opensAt < value.closesAt, {
    error: 'validation.closesBeforeOpens',
    path: ['closesAt'],
  });
export type DeskHours = z.infer<typeof DeskHours>;

/** How the walk-in queue behaves at this desk (docs/QUEUE.md). */
export const DeskQueueSettings = z.object({
  maxPriorityStreak: z.int().min(1).max(10).default(2),
  standardMaxWaitMinutes: z.int().min(5).max(240).default(30),
  noShowAfterRecalls: z.int().min(0).max(10).default(2),
  closingGraceMinutes: z.int().min(0).max(180).default(30),
});
export type DeskQueueSettings = z.infer<typeof DeskQueueSettings>;

export const DeskInput = z.object({
  name: requiredText(200),
  address: requiredText(300),
  municipalityId: Id.nullish().transform((value) => value ?? null),
  timezone: z.string().refine(isTimeZone, { error: 'validation.timezone' }).default('Europe/Rome'),
  organisationIds: z.array(Id).min(1, { error: 'validation.deskOrganisations' }).max(10),
  /** Names of the places where operators sit, shown on the display when a number is called. */
  counters: z
    .array(requiredText(60))
    .min(1, { error: 'validation.counters' })
    .max(20)
    .prefault(['Postazione 1', 'Postazione 2']),
  /** The local patron saint's day, a closure every year. */
  patronDay: z
    .object({
      date: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'validation.patronDay' }),
      name: requiredText(120),
    })
    .nullish()
    .transform((value) => value ?? null),
  queue: DeskQueueSettings.prefault({}),
  hours: z
    .array(DeskHours)
    .max(50)
    .default([])
    .superRefine((hours, check) => {
      hours.forEach((a, i) => {
        const overlaps = hours.some(
          (b, j) => j < i && a.weekday === b.weekday && a.opensAt < b.closesAt && b.opensAt < a.closesAt,
        );
        if (overlaps)
          check.addIssue({ code: 'custom', message: 'validation.hoursOverlap', path: [i, 'opensAt'] });
      });
    }),
});
export type DeskInput = z.infer<typeof DeskInput>;

export const DeskUpdate = DeskInput.extend({ version: Version });
export type DeskUpdate = z.infer<typeof DeskUpdate>;

export const DeskView = z.object({
  id: Id,
  name: z.string(),
  address: z.string(),
  municipalityId: Id.nullable(),
  timezone: z.string(),
  organisations: z.array(OrganisationRef),
  hours: z.array(z.object({ weekday: z.int(), opensAt: z.string(), closesAt: z.string() })),
  counters: z.array(z.string()),
  patronDay: z.object({ date: z.string(), name: z.string() }).nullable(),
  queue: z.object({
    maxPriorityStreak: z.int(),
    standardMaxWaitMinutes: z.int(),
    noShowAfterRecalls: z.int(),
    closingGraceMinutes: z.int(),
  }),
  isActive: z.boolean(),
  version: z.int(),
});
export type DeskView = z.infer<typeof DeskView>;

// ── users ──────────────────────────────────────────────────────────────────

const Roles = z.array(Role).min(1, { error: 'validation.roles' }).max(5);

export const UserInput = z.object({
  username: Username,
  fullName: requiredText(120),
  email: optionalEmail,
  organisationId: Id,
  roles: Roles,
  locale: Language.default('it'),
});
export type UserInput = z.infer<typeof UserInput>;

export const UserUpdate = UserInput.omit({ username: true }).extend({ version: Version });
export type UserUpdate = z.infer<typeof UserUpdate>;

export const UserView = z.object({
  id: Id,
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  organisationId: Id,
  organisationName: z.string(),
  roles: z.array(Role),
  locale: Language,
  isActive: z.boolean(),
  isLocked: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: Instant.nullable(),
  createdAt: Instant,
  version: z.int(),
});
export type UserView = z.infer<typeof UserView>;

/** A password the admin must hand over in person; shown once, never stored in clear. */
export const TemporaryPassword = z.object({ user: UserView, temporaryPassword: z.string() });
export type TemporaryPassword = z.infer<typeof TemporaryPassword>;

export const UserListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  organisationId: Id.optional(),
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

// ── tenant and first-run setup ─────────────────────────────────────────────

export const TenantView = z.object({ id: Id, name: z.string(), code: z.string() });
export type TenantView = z.infer<typeof TenantView>;

export const TenantCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, { error: 'validation.tenantCode' });

export const SetupInput = z.object({
  token: z.string().min(20).max(200),
  tenant: z.object({ name: requiredText(120), code: TenantCode }),
  organisations: z
    .array(OrganisationInput.pick({ name: true, kind: true }))
    .min(1, { error: 'validation.setupOrganisations' })
    .max(20),
  admin: z.object({
    fullName: requiredText(120),
    username: Username,
    email: optionalEmail,
    password: NewPassword,
    /** Which of the organisations above the administrator works for. */
    organisationIndex: z.int().min(0).max(19),
    /** The language the administrator set up in, kept as their interface language. */
    locale: Language.default('it'),
  }),
});
export type SetupInput = z.infer<typeof SetupInput>;

export const SetupStatus = z.object({ setupRequired: z.boolean(), tokenValid: z.boolean() });
export type SetupStatus = z.infer<typeof SetupStatus>;
