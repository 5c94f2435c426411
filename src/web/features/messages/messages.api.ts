/** My messages (e.g. the desk telling a case worker that someone in their care came by). */
import type { z } from 'zod';
import type { MessageList, MessageView } from '../../../shared/schemas/people';
import { api } from '../../api/client';

export const MESSAGES_QUERY = ['messages'] as const;

export const listMessages = () => api.get<z.infer<typeof MessageList>>('/api/messages');
export const markMessageRead = (id: string) => api.post<MessageView>(`/api/messages/${id}/read`);
