/**
 * /messaggi: messages to me, unread first then newest; each says who sent it,
 * about whom, and links to the person and the contact when I may open them.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MessageList, MessageView } from '../../../shared/schemas/people';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { MessageItem } from './MessageItem';
import { MESSAGES_QUERY, markMessageRead } from './messages.api';
import { useMessages } from './useMessages';

const byUnreadThenNewest = (a: MessageView, b: MessageView) =>
  Number(a.readAt !== null) - Number(b.readAt !== null) || b.createdAt.localeCompare(a.createdAt);

export default function MessagesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useMessages();
  const [error, setError] = useState<unknown>(null);
  const list = [...(messages.data?.messages ?? [])].sort(byUnreadThenNewest);

  const markRead = async (message: MessageView) => {
    setError(null);
    try {
      const read = await markMessageRead(message.id);
      queryClient.setQueryData<z.infer<typeof MessageList>>(MESSAGES_QUERY, (current) =>
        current
          ? {
              messages: current.messages.map((other) => (other.id === read.id ? read : other)),
              unread: Math.max(0, current.unread - (message.readAt ? 0 : 1)),
            }
          : current,
      );
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageHeading title={t('messages.title')} />
      {messages.data && (
        <p className="lead" role="status">
          {t('messages.unreadCount', { count: messages.data.unread })}
        </p>
      )}
      <ErrorAlert error={messages.error ?? error} />
      {messages.isPending && <Loading />}
      {messages.isSuccess && list.length === 0 && <p>{t('messages.empty')}</p>}
      {list.length > 0 && (
        <ul className="list-unstyled">
          {list.map((message) => (
            <li key={message.id}>
              <MessageItem message={message} onRead={() => markRead(message)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
