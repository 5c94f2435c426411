/** The editable vocabularies (areas, need categories, visitor types, outcomes, how they heard of us). */
import type { TermInput, TermUpdate, TermView, Vocabularies } from '../../../shared/schemas/vocabularies';
import { api } from '../../api/client';

export const VOCABULARIES_QUERY = ['vocabularies'] as const;

export const listVocabularies = () => api.get<Vocabularies>('/api/vocabularies');
export const createTerm = (input: TermInput) => api.post<TermView>('/api/vocabularies', input);
export const updateTerm = (id: string, input: TermUpdate) =>
  api.put<TermView>(`/api/vocabularies/${id}`, input);
export const retireTerm = (id: string) => api.post<TermView>(`/api/vocabularies/${id}/retire`);
export const restoreTerm = (id: string) => api.post<TermView>(`/api/vocabularies/${id}/restore`);
export const deleteTerm = (id: string) => api.delete<{ ok: true }>(`/api/vocabularies/${id}`);
