/**
 * /notifiche: what happened to the referrals I sent or receive, newest
 * first, unread marked in words; opening one marks it read.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationView } from '../../../shared/schemas/referrals';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatMoment } from '../people/format';
import { markNotificationRead, NOTIFICATIONS_QUERY, useNotifications } from './notifications.api';

export default function NotificationsPage() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const list = notifications.data?.notifications ?? [];
  return (
    <>
      <PageHeading title={t('notifications.title')} />
      <ErrorAlert error={notifications.error} />
      {notifications.isPending && <Loading />}
      {notifications.data &&
        (list.length === 0 ? (
          <p>{t('notifications.empty')}</p>
        ) : (
          <>
            <p>{t('notifications.unreadCount', { count: notifications.data.unread })}</p>
            <ul className="list-unstyled">
              {[...list]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((notification) => (
                  <NotificationItem key={notification.id} notification={notification} />
                ))}
            </ul>
          </>
        ))}
    </>
  );
}

function NotificationItem({ notification }: { notification: NotificationView }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const markRead = useMutation({
    mutationFn: () => markNotificationRead(notification.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY }),
  });
  const isUnread = notification.readAt === null;
  return (
    <li className={`card card-bg shadow-sm mb-3${isUnread ? ' border-start border-primary border-4' : ''}`}>
      <div className="card-body">
        <p className="small text-muted mb-1">
          {formatMoment(notification.createdAt, i18n.language)} ·{' '}
          {t(`notifications.kinds.${notification.kind}`)}
          {isUnread && <span className="badge bg-primary ms-2">{t('notifications.unread')}</span>}
        </p>
        <p className="mb-2">{notification.text}</p>
        <Link
          to={`/invii/${notification.referralId}`}
          onClick={() => {
            if (isUnread) markRead.mutate();
          }}
        >
          {t('notifications.openReferral')}
        </Link>
      </div>
    </li>
  );
}
