/**
 * The signed-in person's menu in the slim header: their account and sign out.
 * A disclosure (button + list), not an ARIA menu: it holds a link and a
 * button, and Escape or a click elsewhere closes it.
 */
import { Icon } from 'design-react-kit';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session/session';
import { useSignOut } from '../session/useSignOut';

export function UserMenu() {
  const { t } = useTranslation();
  const { user } = useSession();
  const signOut = useSignOut();
  const [isOpen, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onClick = (event: MouseEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [isOpen]);

  if (!user) return null;
  return (
    <div className="dropdown user-menu" ref={wrapper}>
      <button
        ref={toggle}
        type="button"
        className="btn btn-primary btn-sm"
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setOpen((open) => !open)}
      >
        <span className="visually-hidden">{t('nav.userMenu')}: </span>
        {user.fullName}
        <Icon icon="it-expand" size="sm" color="white" className="ms-1" />
      </button>
      <div id={menuId} className={`dropdown-menu dropdown-menu-end${isOpen ? ' show' : ''}`} hidden={!isOpen}>
        <div className="link-list-wrapper">
          <ul className="link-list">
            <li>
              <Link className="list-item" to="/account" onClick={() => setOpen(false)}>
                <span>{t('nav.account')}</span>
              </Link>
            </li>
            <li>
              <button type="button" className="list-item user-menu-action" onClick={() => void signOut()}>
                <span>{t('nav.signOut')}</span>
              </button>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
