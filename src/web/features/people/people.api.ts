/**
 * People concerned (persone interessate): search, record, consents, timeline,
 * duplicates and merges. Searches are POSTs so names never travel in URLs;
 * every read here is audited by the server, so nothing is fetched per keystroke.
 */
import type { z } from 'zod';
import type { PersonTimeline } from '../../../shared/schemas/contacts';
import type {
  ConsentInput,
  DuplicateList,
  MergeInput,
  MergeList,
  MergeView,
  PeopleSearch,
  PeopleSearchResult,
  PersonUpdate,
  PersonView,
} from '../../../shared/schemas/people';
import { api } from '../../api/client';

export const PEOPLE_QUERY = ['people'] as const;
export const personQuery = (id: string) => [...PEOPLE_QUERY, id] as const;
export const timelineQuery = (id: string) => [...PEOPLE_QUERY, id, 'timeline'] as const;
export const DUPLICATES_QUERY = [...PEOPLE_QUERY, 'duplicates'] as const;
export const MERGES_QUERY = [...PEOPLE_QUERY, 'merges'] as const;

export const searchPeople = (search: PeopleSearch) =>
  api.post<z.infer<typeof PeopleSearchResult>>('/api/people/search', search);
export const getPerson = (id: string) => api.get<PersonView>(`/api/people/${id}`);
export const updatePerson = (id: string, input: PersonUpdate) =>
  api.put<PersonView>(`/api/people/${id}`, input);
export const recordConsent = (id: string, input: ConsentInput) =>
  api.post<PersonView>(`/api/people/${id}/consents`, input);
export const getTimeline = (id: string) => api.get<PersonTimeline>(`/api/people/${id}/timeline`);

export const listDuplicates = () => api.get<z.infer<typeof DuplicateList>>('/api/people/duplicates');
export const listMerges = () => api.get<z.infer<typeof MergeList>>('/api/people/merges');
export const mergePeople = (input: MergeInput) => api.post<MergeView>('/api/people/merges', input);
export const undoMerge = (id: string) => api.post<MergeView>(`/api/people/merges/${id}/undo`);
