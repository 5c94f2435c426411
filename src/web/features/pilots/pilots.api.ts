/** Pilots of my desks: create, change (with the version last seen), and my organisation's notes. */
import type { Pilot, PilotInput, PilotNoteInput, PilotUpdate } from '../../../shared/schemas/indicators';
import { api } from '../../api/client';

export const PILOTS_QUERY = ['pilots'] as const;

export const listPilots = async () => (await api.get<{ pilots: Pilot[] }>('/api/pilots')).pilots;
export const createPilot = (input: PilotInput) => api.post<Pilot>('/api/pilots', input);
export const updatePilot = (id: string, input: PilotUpdate) => api.put<Pilot>(`/api/pilots/${id}`, input);
export const writeNotes = (id: string, input: PilotNoteInput) =>
  api.put<Pilot>(`/api/pilots/${id}/notes`, input);
