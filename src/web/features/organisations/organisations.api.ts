/** Organisations (enti) of the tenant. */
import type {
  OrganisationInput,
  OrganisationUpdate,
  OrganisationView,
} from '../../../shared/schemas/accounts';
import { api } from '../../api/client';

export const ORGANISATIONS_QUERY = ['organisations'] as const;

export const listOrganisations = () => api.get<OrganisationView[]>('/api/organisations');
export const getOrganisation = (id: string) => api.get<OrganisationView>(`/api/organisations/${id}`);
export const createOrganisation = (input: OrganisationInput) =>
  api.post<OrganisationView>('/api/organisations', input);
export const updateOrganisation = (id: string, input: OrganisationUpdate) =>
  api.put<OrganisationView>(`/api/organisations/${id}`, input);
export const setOrganisationActive = (id: string, isActive: boolean) =>
  api.post<OrganisationView>(`/api/organisations/${id}/${isActive ? 'reactivate' : 'deactivate'}`);
