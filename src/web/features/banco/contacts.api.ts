/**
 * What the desk screen's contact recording asks the server: the defaults for
 * a new contact, drafts, the vocabularies, people (search, identify, their
 * record and timeline) and the save. Names travel only in request bodies
 * (people search is a POST), never in addresses.
 */
import type {
  ContactDefaults,
  ContactInput,
  ContactSaved,
  DraftInput,
  DraftList,
  DraftView,
  PersonTimeline,
} from '../../../shared/schemas/contacts';
import type {
  CodiceFiscaleDecoded,
  PeopleSearch,
  PersonInput,
  PersonMatch,
  PersonView,
} from '../../../shared/schemas/people';
import type { Vocabularies } from '../../../shared/schemas/vocabularies';
import { ApiError, api } from '../../api/client';

export const VOCABULARIES_QUERY = ['vocabularies'] as const;
export const DRAFTS_QUERY = ['contact-drafts'] as const;
export const personQueryKey = (id: string) => ['banco', 'person', id] as const;
export const timelineQueryKey = (id: string) => ['banco', 'person', id, 'timeline'] as const;

export const getVocabularies = () => api.get<Vocabularies>('/api/vocabularies');

export const getContactDefaults = (deskId: string, ticketId: string | null) =>
  api.get<ContactDefaults>(`/api/desks/${deskId}/contact-defaults`, { ticketId });

export const saveContact = (input: ContactInput) => api.post<ContactSaved>('/api/contacts', input);

export const listDrafts = () => api.get<DraftList>('/api/contact-drafts');
export const putDraft = (key: string, input: DraftInput) =>
  api.put<DraftView>(`/api/contact-drafts/${encodeURIComponent(key)}`, input);
export const deleteDraft = (key: string) =>
  api.delete<{ ok: true }>(`/api/contact-drafts/${encodeURIComponent(key)}`);

/** The draft saved under this key, or null when there is none (404). */
export async function findDraft(key: string): Promise<DraftView | null> {
  try {
    return await api.get<DraftView>(`/api/contact-drafts/${encodeURIComponent(key)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const searchPeople = (criteria: PeopleSearch) =>
  api.post<{ matches: PersonMatch[] }>('/api/people/search', criteria);
export const decodeCodiceFiscale = (codiceFiscale: string) =>
  api.post<CodiceFiscaleDecoded>('/api/codice-fiscale/decode', { codiceFiscale });
export const createPerson = (input: PersonInput) => api.post<PersonView>('/api/people', input);
export const getPerson = (id: string) => api.get<PersonView>(`/api/people/${id}`);
export const getTimeline = (id: string) => api.get<PersonTimeline>(`/api/people/${id}/timeline`);
