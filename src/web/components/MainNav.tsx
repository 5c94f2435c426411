/**
 * The header's navigation bar: home plus the sections the signed-in person's
 * permissions allow. On small screens it folds into Bootstrap Italia's side
 * panel behind a menu button.
 */
import { Collapse, HeaderContent, HeaderToggler, Icon, Nav, NavItem } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { SECTIONS } from '../app/navigation';
import { useSession } from '../session/session';

export function MainNav() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const [isOpen, setOpen] = useState(false);

  if (!user || user.mustChangePassword) return null;
  const links = [
    { path: '/', labelKey: 'nav.home' },
    ...SECTIONS.filter((section) => can(section.permission)),
  ];
  return (
    <HeaderContent expand="lg" aria-label={t('nav.main')}>
      <HeaderToggler
        aria-controls="main-nav"
        aria-label={t('nav.openMenu')}
        isOpen={isOpen}
        onClick={() => setOpen(true)}
      >
        <Icon icon="it-burger" />
      </HeaderToggler>
      <Collapse
        id="main-nav"
        isOpen={isOpen}
        navbar
        header
        onOverlayClick={() => setOpen(false)}
        closeSrText={t('nav.closeMenu')}
        aria-label={isOpen ? t('nav.main') : undefined}
      >
        <div className="menu-wrapper">
          <Nav navbar>
            {links.map((link) => (
              <NavItem key={link.path}>
                <NavLink
                  className="nav-link"
                  to={link.path}
                  end={link.path === '/'}
                  onClick={() => setOpen(false)}
                >
                  <span>{t(link.labelKey)}</span>
                </NavLink>
              </NavItem>
            ))}
          </Nav>
        </div>
      </Collapse>
    </HeaderContent>
  );
}
