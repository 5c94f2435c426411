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

export const ADMIN_SECTIONS: Section[] = [
  { path: '/admin/users', labelKey: 'nav.users', permission: 'user.read' },
  { path: '/admin/organisations', labelKey: 'nav.organisations', permission: 'organisation.manage' },
  { path: '/admin/municipalities', labelKey: 'nav.municipalities', permission: 'municipality.manage' },
  { path: '/admin/desks', labelKey: 'nav.desks', permission: 'desk.manage' },
];

export const PRIVACY_SECTIONS: Section[] = [
  { path: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
];

export const SECTIONS: Section[] = [...ADMIN_SECTIONS, ...PRIVACY_SECTIONS];
