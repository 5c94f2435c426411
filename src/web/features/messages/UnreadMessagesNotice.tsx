/** "You have 2 unread messages", with the way to them; nothing when there are none. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../components/Notice';
import { useUnreadMessages } from './useMessages';

export function UnreadMessagesNotice() {
  const { t } = useTranslation();
  const unread = useUnreadMessages();
  if (unread === 0) return null;
  return (
    <Notice color="info" className="mt-4">
      {t('messages.unreadCount', { count: unread })} <Link to="/messaggi">{t('messages.open')}</Link>
    </Notice>
  );
}
