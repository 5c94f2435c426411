/**
 * Home, per role: who I am (name, organisation, roles), then what my
 * permissions open — my organisation's desks for the people who work at
 * them, the administration sections, the audit trail.
 */
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/roles';
import {
  ADMIN_SECTIONS,
  DESK_SECTIONS,
  MONITORING_SECTIONS,
  PERSONAL_SECTIONS,
  PRIVACY_SECTIONS,
  REFERRAL_SECTIONS,
  type Section,
} from '../../app/navigation';
import { FlashNotice } from '../../components/FlashNotice';
import { PageHeading } from '../../components/PageHeading';
import { useSession } from '../../session/session';
import { UnreadMessagesNotice } from '../messages/UnreadMessagesNotice';
import { UnreadNotificationsNotice } from '../notifications/UnreadNotificationsNotice';
import { MyDesks } from './MyDesks';
import { SectionGroup } from './SectionCards';

const DESK_ROLES: Role[] = ['desk_operator', 'service_worker', 'coordinator'];

export default function HomePage() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  if (!user) return null;

  const allowed = (sections: Section[]) => sections.filter((section) => can(section.permission));
  /** The desk screen itself is reached through "my desks"; its records get cards. */
  const deskSections = allowed(DESK_SECTIONS).filter((section) => section.path !== '/banco');
  const adminSections = ADMIN_SECTIONS.filter((section) => can(section.permission));
  const privacySections = PRIVACY_SECTIONS.filter((section) => can(section.permission));
  const worksAtDesks = user.roles.some((role) => DESK_ROLES.includes(role)) && can('desk.read');

  return (
    <>
      <FlashNotice />
      <PageHeading title={t('home.title')}>{t('home.welcome', { name: user.fullName })}</PageHeading>
      <dl className="row mb-0">
        <dt className="col-sm-3 col-lg-2">{t('home.organisation')}</dt>
        <dd className="col-sm-9 col-lg-10">
          {user.organisation.name} ({t(`organisationKinds.${user.organisation.kind}`)})
        </dd>
        <dt className="col-sm-3 col-lg-2">{t('home.roles')}</dt>
        <dd className="col-sm-9 col-lg-10">{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
      </dl>
      <UnreadMessagesNotice />
      <UnreadNotificationsNotice />
      {worksAtDesks && <MyDesks organisationId={user.organisation.id} />}
      <SectionGroup id="home-desk-records" title={t('nav.deskRecords')} sections={deskSections} />
      <SectionGroup
        id="home-referrals"
        title={t('nav.referralsGroup')}
        sections={allowed(REFERRAL_SECTIONS)}
      />
      <SectionGroup
        id="home-monitoring"
        title={t('nav.monitoring')}
        sections={allowed(MONITORING_SECTIONS)}
      />
      <SectionGroup id="home-admin" title={t('home.administration')} sections={adminSections} />
      <SectionGroup id="home-privacy" title={t('home.privacy')} sections={privacySections} />
      <SectionGroup id="home-personal" title={t('nav.personal')} sections={allowed(PERSONAL_SECTIONS)} />
    </>
  );
}
