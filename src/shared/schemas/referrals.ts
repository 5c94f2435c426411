/**
 * Referrals between the desk and the receiving services: what the desk sends,
 * what the receiving side sees (only what the referral shares), each move of
 * the status with its reason, and bounces.
 */
import { z } from 'zod';
import { ReferralStatus, ShareBasis, Urgency } from '../referrals';
import { Id, Instant, LocalDate, optionalText, requiredText, Version } from './common';

export const ReferralInput = z.object({
  /** The request of a contact this referral hands over. */
  requestId: Id,
  serviceId: Id,
  reason: requiredText(2000),
  urgency: Urgency.default('routine'),
  /** What the person was told (who will call, what to bring…). */
  toldPerson: optionalText(1000),
  /** 'consent' needs the person's consent to share; any other basis only a coordinator may record. */
  shareBasis: ShareBasis.default('consent'),
  shareBasisNote: optionalText(500),
  /** Send now (requested) or keep as a draft. */
  send: z.boolean().default(true),
});
export type ReferralInput = z.input<typeof ReferralInput>;
export type ReferralValues = z.output<typeof ReferralInput>;

export const ReferralMove = z.object({
  to: ReferralStatus,
  /** Required for rejected, cancelled, on-hold, failed. */
  note: optionalText(1000),
  version: Version,
});
export type ReferralMove = z.input<typeof ReferralMove>;

export const ReferralEvent = z.object({
  seq: z.int(),
  from: ReferralStatus.nullable(),
  to: ReferralStatus,
  at: Instant,
  actorName: z.string().nullable(),
  organisationName: z.string().nullable(),
  note: z.string().nullable(),
});
export type ReferralEvent = z.infer<typeof ReferralEvent>;

/** A referral as either side sees it: the receiving side gets the person's name and contacts only as shared. */
export const ReferralView = z.object({
  id: Id,
  status: ReferralStatus,
  statusReason: z.string().nullable(),
  urgency: Urgency,
  reason: z.string(),
  toldPerson: z.string().nullable(),
  shareBasis: ShareBasis,
  areaCode: z.string(),
  categoryCode: z.string(),
  service: z.object({ id: Id, name: z.string(), organisationId: Id, organisationName: z.string() }),
  desk: z.object({ id: Id, name: z.string() }),
  person: z
    .object({
      id: Id,
      givenName: z.string(),
      familyName: z.string(),
      birthDate: LocalDate.nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
    })
    .nullable(),
  contactId: Id,
  requestId: Id,
  /** Acknowledge (accept or reject) by this date: N working days of the receiving service. */
  ackDueBy: LocalDate,
  acknowledgedAt: Instant.nullable(),
  overdue: z.boolean(),
  sentByName: z.string().nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  /** The moves the acting user may make now. */
  allowedMoves: z.array(ReferralStatus),
  history: z.array(ReferralEvent),
  version: z.int(),
});
export type ReferralView = z.infer<typeof ReferralView>;

export const ReferralListQuery = z.object({
  /** inbox: referrals to my organisation's services; sent: referrals from desks I staff. */
  box: z.enum(['inbox', 'sent']).default('inbox'),
  status: ReferralStatus.optional(),
  overdueOnly: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  personId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ReferralListQuery = z.input<typeof ReferralListQuery>;

export const ReferralList = z.object({ referrals: z.array(ReferralView.omit({ history: true })) });
export type ReferralList = z.infer<typeof ReferralList>;

export const BounceView = z.object({
  id: Id,
  personId: Id,
  areaCode: z.string(),
  kind: z.enum(['re_referred', 'came_back']),
  referralId: Id,
  previousReferralId: Id.nullable(),
  contactId: Id.nullable(),
  detectedAt: Instant,
});
export type BounceView = z.infer<typeof BounceView>;
export const BounceList = z.object({ bounces: z.array(BounceView) });
export type BounceList = z.infer<typeof BounceList>;

export const NotificationView = z.object({
  id: Id,
  kind: z.enum(['referral_received', 'referral_moved', 'referral_overdue']),
  referralId: Id,
  text: z.string(),
  createdAt: Instant,
  readAt: Instant.nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;
export const NotificationList = z.object({ notifications: z.array(NotificationView), unread: z.int() });
export type NotificationList = z.infer<typeof NotificationList>;

export const ReferralListItem = ReferralView.omit({ history: true });
export type ReferralListItem = z.infer<typeof ReferralListItem>;

export const BounceQuery = z.object({ deskId: Id.optional(), personId: Id.optional() });
export type BounceQuery = z.infer<typeof BounceQuery>;

/** FHIR R4 resources for a referral (SDOH referral pattern); the full shape is checked against the FHIR JSON schema in tests. */
const FhirReference = z.looseObject({ reference: z.string().optional(), display: z.string().optional() });
export const FhirServiceRequest = z.looseObject({
  resourceType: z.literal('ServiceRequest'),
  id: Id,
  status: z.string(),
  intent: z.literal('order'),
  subject: FhirReference,
});
export type FhirServiceRequest = z.infer<typeof FhirServiceRequest>;
export const FhirTask = z.looseObject({
  resourceType: z.literal('Task'),
  id: Id,
  status: z.string(),
  intent: z.literal('order'),
  focus: FhirReference,
});
export type FhirTask = z.infer<typeof FhirTask>;
