/**
 * The route table. Every page is its own lazily loaded chunk; the guards
 * decide who reaches it (see session/guards.tsx and app/navigation.ts).
 * Paired devices (kiosk, display) have no staff session and no staff chrome:
 * their pages sit outside the session gate, in a full-screen frame.
 */
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from '../components/Layout';
import { DeviceFrame } from '../features/device/DeviceFrame';
import { NotFoundPage } from '../features/errors/NotFoundPage';
import { PASSWORD_PATH, RequireAnyPermission, RequirePermission, RequireSignedIn } from '../session/guards';
import { SessionGate } from '../session/SessionGate';
import { CALENDAR_PERMISSIONS } from './navigation';

const SetupPage = lazy(() => import('../features/setup/SetupPage'));
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const PasswordPage = lazy(() => import('../features/auth/PasswordPage'));
const HomePage = lazy(() => import('../features/home/HomePage'));
const AccountPage = lazy(() => import('../features/account/AccountPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const UserFormPage = lazy(() => import('../features/users/UserFormPage'));
const OrganisationsPage = lazy(() => import('../features/organisations/OrganisationsPage'));
const OrganisationFormPage = lazy(() => import('../features/organisations/OrganisationFormPage'));
const MunicipalitiesPage = lazy(() => import('../features/municipalities/MunicipalitiesPage'));
const MunicipalityFormPage = lazy(() => import('../features/municipalities/MunicipalityFormPage'));
const DesksPage = lazy(() => import('../features/desks/DesksPage'));
const DeskFormPage = lazy(() => import('../features/desks/DeskFormPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const BancoIndexPage = lazy(() => import('../features/banco/BancoIndexPage'));
const BancoPage = lazy(() => import('../features/banco/BancoPage'));
const DeskCalendarPage = lazy(() => import('../features/calendar/DeskCalendarPage'));
const DevicesPage = lazy(() => import('../features/devices/DevicesPage'));
const DeviceFormPage = lazy(() => import('../features/devices/DeviceFormPage'));
const DevicePairPage = lazy(() => import('../features/device/DevicePairPage'));
const KioskPage = lazy(() => import('../features/kiosk/KioskPage'));
const DisplayPage = lazy(() => import('../features/display/DisplayPage'));
const PeopleSearchPage = lazy(() => import('../features/people/PeopleSearchPage'));
const PersonPage = lazy(() => import('../features/people/PersonPage'));
const PersonEditPage = lazy(() => import('../features/people/PersonEditPage'));
const DuplicatesPage = lazy(() => import('../features/people/DuplicatesPage'));
const ContactsPage = lazy(() => import('../features/contacts/ContactsPage'));
const ContactPage = lazy(() => import('../features/contacts/ContactPage'));
const ContactEditPage = lazy(() => import('../features/contacts/ContactEditPage'));
const VocabulariesPage = lazy(() => import('../features/vocabularies/VocabulariesPage'));
const CareRegistryPage = lazy(() => import('../features/care/CareRegistryPage'));
const CareRelationFormPage = lazy(() => import('../features/care/CareRelationFormPage'));
const CareImportPage = lazy(() => import('../features/care/CareImportPage'));
const MessagesPage = lazy(() => import('../features/messages/MessagesPage'));
const ReferralsPage = lazy(() => import('../features/referrals/ReferralsPage'));
const ReferralPage = lazy(() => import('../features/referrals/ReferralPage'));
const NotificationsPage = lazy(() => import('../features/notifications/NotificationsPage'));
const DirectoryPage = lazy(() => import('../features/directory/DirectoryPage'));
const ServicePage = lazy(() => import('../features/directory/ServicePage'));
const ServiceFormPage = lazy(() => import('../features/directory/ServiceFormPage'));
const DirectoryImportPage = lazy(() => import('../features/directory/DirectoryImportPage'));
const IndicatorsPage = lazy(() => import('../features/indicators/IndicatorsPage'));
const DrillDownPage = lazy(() => import('../features/indicators/DrillDownPage'));
const PilotsPage = lazy(() =>
  import('../features/pilots/PilotsPage').then((module) => ({ default: module.PilotsPage })),
);
const CampaignPage = lazy(() => import('../features/campaign/CampaignPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<DeviceFrame />}>
        <Route path="device/pair" element={<DevicePairPage />} />
        <Route path="kiosk" element={<KioskPage />} />
        <Route path="display" element={<DisplayPage />} />
      </Route>
      <Route
        element={
          <SessionGate>
            <Layout />
          </SessionGate>
        }
      >
        <Route path="setup" element={<SetupPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route element={<RequireSignedIn />}>
          <Route index element={<HomePage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path={PASSWORD_PATH} element={<PasswordPage />} />
          <Route element={<RequirePermission permission="user.read" />}>
            <Route path="admin/users" element={<UsersPage />} />
          </Route>
          <Route element={<RequirePermission permission="user.manage" />}>
            <Route path="admin/users/new" element={<UserFormPage />} />
            <Route path="admin/users/:id" element={<UserFormPage />} />
          </Route>
          <Route element={<RequirePermission permission="organisation.manage" />}>
            <Route path="admin/organisations" element={<OrganisationsPage />} />
            <Route path="admin/organisations/new" element={<OrganisationFormPage />} />
            <Route path="admin/organisations/:id" element={<OrganisationFormPage />} />
          </Route>
          <Route element={<RequirePermission permission="municipality.manage" />}>
            <Route path="admin/municipalities" element={<MunicipalitiesPage />} />
            <Route path="admin/municipalities/new" element={<MunicipalityFormPage />} />
            <Route path="admin/municipalities/:id" element={<MunicipalityFormPage />} />
          </Route>
          <Route element={<RequirePermission permission="desk.manage" />}>
            <Route path="admin/desks" element={<DesksPage />} />
            <Route path="admin/desks/new" element={<DeskFormPage />} />
            <Route path="admin/desks/:id" element={<DeskFormPage />} />
          </Route>
          <Route element={<RequirePermission permission="queue.read" />}>
            <Route path="banco" element={<BancoIndexPage />} />
            <Route path="banco/:deskId" element={<BancoPage />} />
          </Route>
          <Route element={<RequireAnyPermission permissions={CALENDAR_PERMISSIONS} />}>
            <Route path="desks/:deskId/calendar" element={<DeskCalendarPage />} />
          </Route>
          <Route element={<RequirePermission permission="device.manage" />}>
            <Route path="admin/devices" element={<DevicesPage />} />
            <Route path="admin/devices/new" element={<DeviceFormPage />} />
          </Route>
          <Route element={<RequirePermission permission="contact.read" />}>
            <Route path="contatti" element={<ContactsPage />} />
            <Route path="contatti/:id" element={<ContactPage />} />
          </Route>
          <Route element={<RequirePermission permission="contact.record" />}>
            <Route path="contatti/:id/modifica" element={<ContactEditPage />} />
          </Route>
          <Route element={<RequirePermission permission="person.read" />}>
            <Route path="persone" element={<PeopleSearchPage />} />
            <Route path="persone/:id" element={<PersonPage />} />
          </Route>
          <Route element={<RequirePermission permission="person.manage" />}>
            <Route path="persone/:id/modifica" element={<PersonEditPage />} />
          </Route>
          <Route element={<RequirePermission permission="indicator.read" />}>
            <Route path="monitoraggio/indicatori" element={<IndicatorsPage />} />
            <Route path="monitoraggio/indicatori/elenco" element={<DrillDownPage />} />
          </Route>
          <Route element={<RequirePermission permission="pilot.manage" />}>
            <Route path="monitoraggio/progetto" element={<PilotsPage />} />
          </Route>
          <Route element={<RequirePermission permission="campaign.manage" />}>
            <Route path="monitoraggio/campagna" element={<CampaignPage />} />
          </Route>
          <Route element={<RequirePermission permission="vocabulary.manage" />}>
            <Route path="monitoraggio/vocabolari" element={<VocabulariesPage />} />
          </Route>
          <Route element={<RequirePermission permission="care.read" />}>
            <Route path="monitoraggio/prese-in-carico" element={<CareRegistryPage />} />
          </Route>
          <Route element={<RequirePermission permission="care.manage" />}>
            <Route path="monitoraggio/prese-in-carico/nuova" element={<CareRelationFormPage />} />
            <Route path="monitoraggio/prese-in-carico/importa" element={<CareImportPage />} />
            <Route path="monitoraggio/prese-in-carico/:id" element={<CareRelationFormPage />} />
          </Route>
          <Route element={<RequirePermission permission="person.merge" />}>
            <Route path="monitoraggio/doppioni" element={<DuplicatesPage />} />
          </Route>
          <Route element={<RequirePermission permission="message.read" />}>
            <Route path="messaggi" element={<MessagesPage />} />
          </Route>
          <Route element={<RequirePermission permission="referral.read" />}>
            <Route path="invii" element={<ReferralsPage />} />
            <Route path="invii/:id" element={<ReferralPage />} />
          </Route>
          <Route element={<RequirePermission permission="notification.read" />}>
            <Route path="notifiche" element={<NotificationsPage />} />
          </Route>
          <Route element={<RequirePermission permission="directory.read" />}>
            <Route path="servizi" element={<DirectoryPage />} />
            <Route path="servizi/:id" element={<ServicePage />} />
          </Route>
          <Route element={<RequirePermission permission="directory.manage" />}>
            <Route path="servizi/nuovo" element={<ServiceFormPage />} />
            <Route path="servizi/importa" element={<DirectoryImportPage />} />
            <Route path="servizi/:id/modifica" element={<ServiceFormPage />} />
          </Route>
          <Route element={<RequirePermission permission="audit.read" />}>
            <Route path="audit" element={<AuditPage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
