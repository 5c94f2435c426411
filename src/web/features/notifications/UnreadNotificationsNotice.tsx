/** On the home page: "2 unread notifications", with the way to them; nothing when there are none. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/Notice';
import { useNotifications } from './notifications.api';

export function UnreadNotificationsNotice() {
  const { t } = useTranslation();
  const unread = useNotifications().data?.unread ?? 0;
  if (unread === 0) return null;
  return (
    <Notice color="info" className="mt-4">
      {t('notifications.unreadCount', { count: unread })}{' '}
      <Link to="/notifiche">{t('notifications.open')}</Link>
    </Notice>
  );
}
