/**
 * Who may see a referral and from which side they may move it. The sending
 * side is whoever may refer at a desk their organisation staffs; the
 * receiving side is the service's organisation. Anyone else — a service
 * worker of another organisation included — does not learn it exists.
 */
import { can, type Permission } from '../../../shared/permissions';
import { nextStatuses, type ReferralSide, type ReferralStatus } from '../../../shared/referrals';
import type { Actor } from '../../context';

export interface ReferralParties {
  /** The receiving organisation. */
  organisationId: string;
  /** Organisations staffing the sending desk. */
  deskOrganisationIds: readonly string[];
  /** Has it left the desk? A draft is the desk's own until sent. */
  isSent: boolean;
}

const atSendingDesk = (a: Actor, p: ReferralParties) => p.deskOrganisationIds.includes(a.organisationId);
const atReceivingService = (a: Actor, p: ReferralParties) =>
  p.isSent && a.organisationId === p.organisationId;

/** One line per side: the permission it needs and the tie to the referral. */
const SIDES: readonly {
  side: ReferralSide;
  permission: Permission;
  isParty: (a: Actor, p: ReferralParties) => boolean;
}[] = [
  { side: 'sender', permission: 'referral.send', isParty: atSendingDesk },
  { side: 'receiver', permission: 'referral.receive', isParty: atReceivingService },
];

export interface ReferralAccess {
  isVisible: boolean;
  sides: ReferralSide[];
}

export function accessTo(actor: Actor, parties: ReferralParties): ReferralAccess {
  const sides = SIDES.filter((s) => can(actor.roles, s.permission) && s.isParty(actor, parties)).map(
    (s) => s.side,
  );
  const isVisible =
    (can(actor.roles, 'referral.send') && atSendingDesk(actor, parties)) ||
    (can(actor.roles, 'referral.read') && atReceivingService(actor, parties));
  return { isVisible, sides };
}

/** The statuses the actor may move the referral to now. */
export function allowedMoves(status: ReferralStatus, sides: readonly ReferralSide[]): ReferralStatus[] {
  return [...new Set(sides.flatMap((side) => nextStatuses(status, side)))];
}
