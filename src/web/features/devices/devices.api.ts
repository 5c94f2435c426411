/** Kiosks and displays: create one (with a one-time pairing link), issue a new link, revoke. */
import type { DeviceInput, DevicePairing, DeviceView } from '../../../shared/schemas/queue';
import { api } from '../../api/client';

export const DEVICES_QUERY = ['devices'] as const;

export const listDevices = () => api.get<DeviceView[]>('/api/devices');
export const createDevice = (input: DeviceInput) => api.post<DevicePairing>('/api/devices', input);
export const newPairing = (id: string) => api.post<DevicePairing>(`/api/devices/${id}/pairing`);
export const revokeDevice = (id: string) => api.post<DeviceView>(`/api/devices/${id}/revoke`);
