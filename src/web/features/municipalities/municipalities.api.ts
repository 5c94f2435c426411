/** Municipalities of residence, with the population used for rates per 1,000 residents. */
import type {
  MunicipalityInput,
  MunicipalityUpdate,
  MunicipalityView,
} from '../../../shared/schemas/accounts';
import { api } from '../../api/client';

export const MUNICIPALITIES_QUERY = ['municipalities'] as const;

export const listMunicipalities = () => api.get<MunicipalityView[]>('/api/municipalities');
export const createMunicipality = (input: MunicipalityInput) =>
  api.post<MunicipalityView>('/api/municipalities', input);
export const updateMunicipality = (id: string, input: MunicipalityUpdate) =>
  api.put<MunicipalityView>(`/api/municipalities/${id}`, input);
