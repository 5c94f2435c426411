/**
 * The policy table: which role may do what. Deny by default — a permission
 * not listed here, or a role not listed for it, is refused. Record-level scope
 * (same tenant, same organisation) is checked in the services.
 *
 * Pseudo-permissions are not in the table: `public` (no sign-in needed),
 * `signed_in` (any staff session), `device` (any paired device, no staff
 * session) and `kiosk` / `display` (a paired device of that kind). Every route declares one of them or a
 * permission below.
 */
import type { Role } from './roles';

const STAFF = ['desk_operator', 'service_worker', 'coordinator', 'admin', 'privacy_officer'] as const;

export const POLICY = {
  'account.self': STAFF, //                  my profile, my password, my sessions
  'tenant.read': STAFF,
  'tenant.manage': ['admin'],
  'organisation.read': STAFF,
  'organisation.manage': ['admin'],
  'municipality.read': STAFF,
  'municipality.manage': ['admin'],
  'desk.read': STAFF,
  'desk.manage': ['admin'],
  'user.read': ['admin'], //                 staff names and e-mails are personal data
  'user.manage': ['admin'],
  'audit.read': ['privacy_officer'],
  'queue.read': ['desk_operator', 'coordinator'], //     the desk screen, its queue and presence
  'queue.operate': ['desk_operator'], //                 check in, issue and call tickets
  'opening.manage': ['coordinator'], //                  early/late openings, extra openings
  'closure.manage': ['admin', 'coordinator'],
  'device.manage': ['admin'], //                         kiosks and displays
  'vocabulary.read': STAFF,
  'vocabulary.manage': ['coordinator'], //               areas, categories, visitor types, outcomes
  'contact.record': ['desk_operator'], //                record and edit contacts, drafts
  'contact.read': ['desk_operator', 'coordinator'], //  the desk's contacts
  'person.read': ['desk_operator', 'coordinator'], //   search people, their record and timeline
  'person.manage': ['desk_operator'], //                 identify, edit, consents
  'person.merge': ['coordinator'], //                    duplicates, merge and undo
  'care.read': ['desk_operator', 'coordinator'], //     the "already in care" registry
  'care.manage': ['coordinator'], //                     import and edit care relations
  'directory.read': STAFF, //                            search the service directory
  'directory.manage': ['coordinator', 'admin'], //       own organisation's services (admins: any), HSDS import
  'message.read': STAFF, //                              my messages (e.g. from the desk to a case worker)
  'referral.send': ['desk_operator', 'coordinator'], //  refer a request to a service; cancel what my desk sent
  'referral.read': ['desk_operator', 'service_worker', 'coordinator'], // referrals I sent or my organisation receives
  'referral.receive': ['service_worker'], //             accept, reject, hold, start, complete, fail
  'referral.override_basis': ['coordinator'], //         share on a legal basis other than consent (audited)
  'notification.read': STAFF, //                         my in-app notifications
  'indicator.read': ['coordinator'], //                  the pilot's dashboard and drill-down (audited)
  'indicator.export': ['coordinator'], //                CSV/XLSX, the pseudonymised dataset, the PDF report
  'pilot.manage': ['coordinator'], //                    pilots, targets and the evaluators' notes
  'campaign.manage': ['coordinator', 'admin'], //       a desk's public contacts, campaign tags, visits, materials (coordinators: desks their organisation staffs)
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof POLICY;
export type RoutePermission = Permission | 'public' | 'signed_in' | 'device' | 'kiosk' | 'display';

export const PERMISSIONS = Object.keys(POLICY) as Permission[];

/** True when any of the roles is granted the permission by the policy table. */
export function can(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = POLICY[permission] ?? [];
  return roles.some((role) => allowed.includes(role));
}
