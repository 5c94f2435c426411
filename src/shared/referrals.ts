/**
 * Referrals (invii) as data: the statuses of the HL7 FHIR SDOH Clinical Care
 * "Task for referral management" pattern, the legal transitions, which side
 * may make each, when a reason is required, and the FHIR status mappings.
 * Pure: the server enforces it, the web shows it, the property test checks it.
 */
import { z } from 'zod';

export const REFERRAL_STATUSES = [
  'draft',
  'requested',
  'accepted',
  'rejected',
  'cancelled',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
  'entered-in-error',
] as const;
export const ReferralStatus = z.enum(REFERRAL_STATUSES, { error: 'validation.unknownValue' });
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const FINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'rejected',
  'cancelled',
  'failed',
  'completed',
  'entered-in-error',
];

/** The sending side (the desk) or the receiving service. */
export type ReferralSide = 'sender' | 'receiver';

/** from → to → who may make the move. Anything not listed is illegal. */
export const REFERRAL_TRANSITIONS: Record<
  ReferralStatus,
  Partial<Record<ReferralStatus, readonly ReferralSide[]>>
> = {
  draft: { requested: ['sender'], cancelled: ['sender'], 'entered-in-error': ['sender'] },
  requested: {
    accepted: ['receiver'],
    rejected: ['receiver'],
    'on-hold': ['receiver'],
    cancelled: ['sender', 'receiver'],
    'entered-in-error': ['sender'],
  },
  accepted: {
    'in-progress': ['receiver'],
    'on-hold': ['receiver'],
    completed: ['receiver'],
    failed: ['receiver'],
    cancelled: ['sender', 'receiver'],
  },
  'in-progress': {
    'on-hold': ['receiver'],
    completed: ['receiver'],
    failed: ['receiver'],
    cancelled: ['sender', 'receiver'],
  },
  'on-hold': {
    accepted: ['receiver'],
    'in-progress': ['receiver'],
    failed: ['receiver'],
    cancelled: ['sender', 'receiver'],
  },
  rejected: {},
  cancelled: {},
  failed: {},
  completed: {},
  'entered-in-error': {},
};

/** A text reason is mandatory when moving to these. */
export const REASON_REQUIRED: readonly ReferralStatus[] = ['rejected', 'cancelled', 'on-hold', 'failed'];

export function canMove(from: ReferralStatus, to: ReferralStatus, side: ReferralSide): boolean {
  return REFERRAL_TRANSITIONS[from][to]?.includes(side) ?? false;
}

export function nextStatuses(from: ReferralStatus, side: ReferralSide): ReferralStatus[] {
  return (Object.entries(REFERRAL_TRANSITIONS[from]) as [ReferralStatus, readonly ReferralSide[]][])
    .filter(([, sides]) => sides.includes(side))
    .map(([to]) => to);
}

/** Acknowledged: the receiving service has answered (accepted or later, or rejected). */
export const ACKNOWLEDGED: readonly ReferralStatus[] = [
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'failed',
  'completed',
];

/** FHIR R4 Task.status uses the same codes. */
export const fhirTaskStatus = (status: ReferralStatus): string => status;

/** FHIR R4 ServiceRequest.status for the referral's status. */
export function fhirServiceRequestStatus(status: ReferralStatus): string {
  switch (status) {
    case 'draft':
      return 'draft';
    case 'requested':
    case 'accepted':
    case 'in-progress':
      return 'active';
    case 'on-hold':
      return 'on-hold';
    case 'completed':
      return 'completed';
    case 'rejected':
    case 'cancelled':
    case 'failed':
      return 'revoked';
    case 'entered-in-error':
      return 'entered-in-error';
  }
}

export const URGENCIES = ['routine', 'urgent', 'asap'] as const;
export const Urgency = z.enum(URGENCIES, { error: 'validation.unknownValue' });
export type Urgency = z.infer<typeof Urgency>;

/** The legal basis for sharing: the person's consent, or another basis a coordinator records. */
export const SHARE_BASES = ['consent', 'legal_obligation', 'vital_interest', 'public_task'] as const;
export const ShareBasis = z.enum(SHARE_BASES, { error: 'validation.unknownValue' });
export type ShareBasis = z.infer<typeof ShareBasis>;

/** Bounce window (DESIGN.md §3), days. */
export const BOUNCE_WINDOW_DAYS = 60;
