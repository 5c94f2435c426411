/** A paired device: pairing from the one-time link, its session (kind, printer, desk status), kiosk tickets, display state. */
import type { DeviceKind, DisplayState, IssueTicket, TicketReceipt } from '../../../shared/schemas/queue';
import { api } from '../../api/client';
import { deviceApi, fetchDeviceSession } from '../../api/device-client';

export const DEVICE_SESSION_QUERY = ['device-session'] as const;
export const DISPLAY_STATE_QUERY = ['display-state'] as const;
export const DISPLAY_STREAM_URL = '/api/display/stream';

/** Public: anyone holding the link may pair; the server sets the device cookie. */
export const pairDevice = (code: string) => api.post<{ kind: DeviceKind }>('/api/device/pair', { code });
export { fetchDeviceSession };
export const issueKioskTicket = (input: IssueTicket) =>
  deviceApi.post<TicketReceipt>('/api/kiosk/tickets', input);
export const getDisplayState = () => deviceApi.get<DisplayState>('/api/display/state');

/** The code travels in the URL fragment (`/device/pair#code=…`), which never reaches a server log. */
export function codeFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('code') ?? '';
}
