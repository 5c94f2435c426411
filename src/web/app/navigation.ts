/**
 * The sections of the app and who sees them: one line per section, the
 * permission from the shared policy table. Header, home cards and route
 * guards read this list, so a section hidden in one place is hidden in all.
 */
import type { Permission } from '../../shared/permissions';

export interface Section {
  path: string;
  /** i18n key of the section's name; `<key>Description` describes it on the home page. */
  labelKey: string;
  permission: Permission;
}

/** The desk's work: during an opening, and the contacts and people it recorded. */
export const DESK_SECTIONS: Section[] = [
  { path: '/banco', labelKey: 'nav.banco', permission: 'queue.read' },
  { path: '/contatti', labelKey: 'nav.contacts', permission: 'contact.read' },
  { path: '/persone', labelKey: 'nav.people', permission: 'person.read' },
];

/** Referrals between the desk and the services, and the directory of those services. */
export const REFERRAL_SECTIONS: Section[] = [
  { path: '/invii', labelKey: 'nav.referrals', permission: 'referral.read' },
  { path: '/servizi', labelKey: 'nav.directory', permission: 'directory.read' },
];

/** Monitoring the pilot (the coordinator's): indicators, the pilots, the launch campaign, vocabularies, the "already in care" registry, duplicates. */
export const MONITORING_SECTIONS: Section[] = [
  { path: '/monitoraggio/indicatori', labelKey: 'nav.indicators', permission: 'indicator.read' },
  { path: '/monitoraggio/progetto', labelKey: 'nav.pilots', permission: 'pilot.manage' },
  { path: '/monitoraggio/campagna', labelKey: 'nav.campaign', permission: 'campaign.manage' },
  { path: '/monitoraggio/vocabolari', labelKey: 'nav.vocabularies', permission: 'vocabulary.manage' },
  { path: '/monitoraggio/prese-in-carico', labelKey: 'nav.care', permission: 'care.read' },
  { path: '/monitoraggio/doppioni', labelKey: 'nav.duplicates', permission: 'person.merge' },
];

export const ADMIN_SECTIONS: Section[] = [
  { path: '/admin/users', labelKey: 'nav.users', permission: 'user.read' },
  { path: '/admin/organisations', labelKey: 'nav.organisations', permission: 'organisation.manage' },
  { path: '/admin/municipalities', labelKey: 'nav.municipalities', permission: 'municipality.manage' },
  { path: '/admin/desks', labelKey: 'nav.desks', permission: 'desk.manage' },
  { path: '/admin/devices', labelKey: 'nav.devices', permission: 'device.manage' },
];

export const PRIVACY_SECTIONS: Section[] = [
  { path: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
];

/** Everyone's own: messages sent to me, notifications about referrals. */
export const PERSONAL_SECTIONS: Section[] = [
  { path: '/messaggi', labelKey: 'nav.messages', permission: 'message.read' },
  { path: '/notifiche', labelKey: 'nav.notifications', permission: 'notification.read' },
];

export const SECTIONS: Section[] = [
  ...DESK_SECTIONS,
  ...REFERRAL_SECTIONS,
  ...MONITORING_SECTIONS,
  ...ADMIN_SECTIONS,
  ...PRIVACY_SECTIONS,
  ...PERSONAL_SECTIONS,
];

/** Who reaches a desk's calendar (from the desks list and the home page): whoever manages closures or openings. */
export const CALENDAR_PERMISSIONS: readonly Permission[] = ['closure.manage', 'opening.manage'];
