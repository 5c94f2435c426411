/**
 * Openings, presence, tickets, devices and the public status: the shapes the
 * queue's API accepts and returns. No personal data about visitors anywhere:
 * a ticket is a code, a time and at most a priority category.
 */
import { z } from 'zod';
import { PriorityReason, TicketStatus } from '../queue';
import { OrganisationKind } from '../roles';
import { Id, Instant, LocalDate, requiredText, Version } from './common';

// ── calendar ───────────────────────────────────────────────────────────────

export const OpeningWindow = z.object({
  /** The opening's record once it exists (it is created when it starts or is adjusted). */
  id: Id.nullable(),
  date: LocalDate,
  start: Instant,
  end: Instant,
  kind: z.enum(['scheduled', 'extra']),
  /** When the opening was planned to start: what identifies it when its times are corrected. */
  scheduledStart: Instant,
  note: z.string().nullable(),
  closedAt: Instant.nullable(),
});
export type OpeningWindow = z.infer<typeof OpeningWindow>;

export const ClosureDay = z.object({
  date: LocalDate,
  kind: z.enum(['holiday', 'patron', 'closure']),
  /** Public reason: the holiday's name, the patron saint, or what the admin wrote. */
  reason: z.string(),
  closureId: Id.nullable(),
});
export type ClosureDay = z.infer<typeof ClosureDay>;

export const ClosureInput = z.object({
  date: LocalDate,
  reason: requiredText(200),
});
export type ClosureInput = z.infer<typeof ClosureInput>;

export const WaitRange = z.object({ minMinutes: z.int(), maxMinutes: z.int() });

/** What anyone may know about a desk right now (public status page, kiosk, display). */
export const DeskStatus = z.object({
  /** The server's clock, so screens count minutes right even when their own clock is off. */
  now: Instant,
  deskId: Id,
  deskName: z.string(),
  address: z.string(),
  timezone: z.string(),
  isOpen: z.boolean(),
  current: OpeningWindow.nullable(),
  next: OpeningWindow.nullable(),
  upcomingClosures: z.array(ClosureDay),
  /** Only while open. */
  waiting: z.int().nullable(),
  estimatedWait: WaitRange.nullable(),
});
export type DeskStatus = z.infer<typeof DeskStatus>;

export const CalendarQuery = z.object({ from: LocalDate, to: LocalDate });
export type CalendarQuery = z.infer<typeof CalendarQuery>;

export const DeskCalendar = z.object({ openings: z.array(OpeningWindow), closures: z.array(ClosureDay) });
export type DeskCalendar = z.infer<typeof DeskCalendar>;

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });

/** A coordinator's record of an extra opening on a date. */
export const ExtraOpeningInput = z
  .object({ date: LocalDate, opensAt: Time, closesAt: Time, note: z.string().trim().max(200).nullish() })
  .refine((value) => value.opensAt < value.closesAt, {
    error: 'validation.closesBeforeOpens',
    path: ['closesAt'],
  });
export type ExtraOpeningInput = z.infer<typeof ExtraOpeningInput>;

/** A coordinator's record that an opening started early / ended late (or the reverse). */
export const OpeningAdjustment = z
  .object({
    /** The scheduled start of the opening being adjusted, as listed by the calendar. */
    scheduledStart: Instant,
    opensAt: Time,
    closesAt: Time,
    note: z.string().trim().max(200).nullish(),
  })
  .refine((value) => value.opensAt < value.closesAt, {
    error: 'validation.closesBeforeOpens',
    path: ['closesAt'],
  });
export type OpeningAdjustment = z.infer<typeof OpeningAdjustment>;

// ── presence ───────────────────────────────────────────────────────────────

export const PresenceView = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  organisationId: Id,
  organisationName: z.string(),
  organisationKind: OrganisationKind,
  counter: z.string(),
  checkedInAt: Instant,
  checkedOutAt: Instant.nullable(),
});
export type PresenceView = z.infer<typeof PresenceView>;

export const CheckIn = z.object({ counter: requiredText(60) });
export type CheckIn = z.infer<typeof CheckIn>;

export const CoPresence = z.object({
  /** Every staffing organisation has at least one operator checked in. */
  isComplete: z.boolean(),
  missing: z.array(z.object({ id: Id, name: z.string(), kind: OrganisationKind })),
});

// ── tickets ────────────────────────────────────────────────────────────────

export const TicketView = z.object({
  id: Id,
  code: z.string(),
  isPriority: z.boolean(),
  priorityReason: PriorityReason.nullable(),
  status: TicketStatus,
  channel: z.enum(['operator', 'kiosk']),
  issuedAt: Instant,
  calledAt: Instant.nullable(),
  servingAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  recalls: z.int(),
  counter: z.string().nullable(),
  operatorId: Id.nullable(),
  operatorName: z.string().nullable(),
  transferredToId: Id.nullable(),
  transferredToName: z.string().nullable(),
  version: z.int(),
});
export type TicketView = z.infer<typeof TicketView>;

export const IssueTicket = z
  .object({
    priorityReason: PriorityReason.nullish().transform((value) => value ?? null),
    /** The kiosk's language when the ticket was taken (for the pilot's language figures). */
    language: z
      .string()
      .regex(/^[a-z]{2}$/)
      .nullish()
      .transform((value) => value ?? null),
  })
  .default({ priorityReason: null, language: null });
export type IssueTicket = z.infer<typeof IssueTicket>;

export const TicketAction = z.object({ version: Version });
export type TicketActionInput = z.infer<typeof TicketAction>;

export const TransferTicket = TicketAction.extend({ toUserId: Id });
export type TransferTicket = z.infer<typeof TransferTicket>;

export const CallNext = z.object({}).default({});

/** Everything the operator's desk screen shows, pushed again after every change. */
export const QueueState = z.object({
  status: DeskStatus,
  opening: OpeningWindow.nullable(),
  presences: z.array(PresenceView),
  coPresence: CoPresence,
  myPresence: PresenceView.nullable(),
  /** Open tickets, in the order "call next" would take them (transferred ones last). */
  tickets: z.array(TicketView),
  counts: z.object({
    waiting: z.int(),
    done: z.int(),
    noShow: z.int(),
    cancelled: z.int(),
    notServed: z.int(),
  }),
  settings: z.object({ noShowAfterRecalls: z.int(), counters: z.array(z.string()) }),
});
export type QueueState = z.infer<typeof QueueState>;

/** What the kiosk prints or shows after issuing a ticket. */
export const TicketReceipt = z.object({
  /** For the satisfaction QR code on the receipt: one answer per ticket. */
  ticketId: Id,
  code: z.string(),
  isPriority: z.boolean(),
  issuedAt: Instant,
  deskName: z.string(),
  ahead: z.int(),
  estimatedWait: WaitRange.nullable(),
});
export type TicketReceipt = z.infer<typeof TicketReceipt>;

// ── display ────────────────────────────────────────────────────────────────

export const DisplayCall = z.object({
  seq: z.int(),
  code: z.string(),
  counter: z.string().nullable(),
  at: Instant,
});
export type DisplayCall = z.infer<typeof DisplayCall>;

/** The waiting-room screen: numbers and counters only, never a name. */
export const DisplayState = z.object({
  now: Instant,
  deskName: z.string(),
  timezone: z.string(),
  isOpen: z.boolean(),
  next: OpeningWindow.nullable(),
  current: DisplayCall.nullable(),
  lastCalls: z.array(DisplayCall),
  waiting: z.int(),
  estimatedWait: WaitRange.nullable(),
});
export type DisplayState = z.infer<typeof DisplayState>;

// ── devices ────────────────────────────────────────────────────────────────

export const DEVICE_KINDS = ['kiosk', 'display'] as const;
export const DeviceKind = z.enum(DEVICE_KINDS);
export type DeviceKind = z.infer<typeof DeviceKind>;

export const PRINTER_WIDTHS = ['none', '58mm', '80mm'] as const;

export const DeviceInput = z.object({
  name: requiredText(80),
  deskId: Id,
  kind: DeviceKind,
  printer: z.enum(PRINTER_WIDTHS).default('none'),
});
export type DeviceInput = z.infer<typeof DeviceInput>;

export const DeviceView = z.object({
  id: Id,
  name: z.string(),
  deskId: Id,
  deskName: z.string(),
  kind: DeviceKind,
  printer: z.enum(PRINTER_WIDTHS),
  pairedAt: Instant.nullable(),
  lastSeenAt: Instant.nullable(),
  revokedAt: Instant.nullable(),
  createdAt: Instant,
});
export type DeviceView = z.infer<typeof DeviceView>;

/** A one-time link that turns a browser into the device; shown once to the admin. */
export const DevicePairing = z.object({ device: DeviceView, pairingUrl: z.string(), expiresAt: Instant });
export type DevicePairing = z.infer<typeof DevicePairing>;

export const PairDevice = z.object({ code: z.string().min(20).max(200) });

/** What a paired kiosk or display knows about itself. */
export const DeviceSession = z.object({
  device: z.object({ id: Id, name: z.string(), kind: DeviceKind, printer: z.enum(PRINTER_WIDTHS) }),
  status: DeskStatus,
  csrfToken: z.string(),
});
export type DeviceSession = z.infer<typeof DeviceSession>;
