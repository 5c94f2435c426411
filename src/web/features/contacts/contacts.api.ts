/** Contacts at the desk: the list of a desk's contacts over a few days, one contact, its edit and notes. */
import type { z } from 'zod';
import type {
  ContactList,
  ContactSaved,
  ContactUpdate,
  ContactView,
  NoteInput,
} from '../../../shared/schemas/contacts';
import { api } from '../../api/client';

export const CONTACTS_QUERY = ['contacts'] as const;
export const contactQuery = (id: string) => [...CONTACTS_QUERY, id] as const;

export interface ContactFilters {
  deskId: string;
  from: string;
  to: string;
}

export const listContacts = (filters: ContactFilters) =>
  api.get<z.infer<typeof ContactList>>('/api/contacts', { ...filters, limit: 500 });
export const getContact = (id: string) => api.get<ContactView>(`/api/contacts/${id}`);
export const updateContact = (id: string, input: ContactUpdate) =>
  api.put<ContactSaved>(`/api/contacts/${id}`, input);
export const addNote = (id: string, input: NoteInput) =>
  api.post<ContactView>(`/api/contacts/${id}/notes`, input);
