/**
 * Bootstrap Italia's three-band header: the slim band (tenant, language,
 * the person's menu or "sign in"), the centre band (the brand) and the
 * navigation bar.
 */
import { Header, HeaderContent, HeaderRightZone, Headers, Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../session/session';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { NotificationsLink } from './NotificationsLink';
import { UserMenu } from './UserMenu';

export function AppHeader() {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const tenantName = user?.tenant.name;
  return (
    <header>
      <Headers shadow>
        <Header type="slim">
          <HeaderContent>
            <span className="navbar-brand d-none d-lg-block">{tenantName ?? t('app.publicBody')}</span>
            <HeaderRightZone>
              <LanguageSwitch />
              {user ? (
                <>
                  <NotificationsLink />
                  <UserMenu />
                </>
              ) : (
                location.pathname !== '/login' && (
                  <div className="it-access-top-wrapper">
                    <Link className="btn btn-primary btn-sm" to="/login">
                      {t('nav.signIn')}
                    </Link>
                  </div>
                )
              )}
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <div className="it-nav-wrapper">
          <Header type="center" small>
            <HeaderContent>
              <div className="it-brand-wrapper">
                <Link to="/">
                  <Icon icon="it-pa" aria-hidden />
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('app.name')}</div>
                    {tenantName && <div className="it-brand-tagline d-none d-md-block">{tenantName}</div>}
                  </div>
                </Link>
              </div>
            </HeaderContent>
          </Header>
          {user && (
            <Header type="navbar" theme="">
              <MainNav />
            </Header>
          )}
        </div>
      </Headers>
    </header>
  );
}
