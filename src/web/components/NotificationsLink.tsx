/** The slim header's way to my notifications, saying how many are unread (in words, not a bare number). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotifications } from '../features/notifications/notifications.api';
import { useSession } from '../session/session';

export function NotificationsLink() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const notifications = useNotifications();
  if (!user || user.mustChangePassword || !can('notification.read')) return null;
  const unread = notifications.data?.unread ?? 0;
  return (
    <Link className="btn btn-primary btn-sm me-2" to="/notifiche" data-testid="notifications-link">
      {t('notifications.link')}
      {unread > 0 && (
        <>
          {' '}
          <span className="badge bg-white text-primary">{unread}</span>
          <span className="visually-hidden"> {t('notifications.unreadSuffix', { count: unread })}</span>
        </>
      )}
    </Link>
  );
}
