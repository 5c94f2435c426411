/**
 * Requests from a paired kiosk or display. No staff session here: the device
 * is known by the HttpOnly cookie set at pairing, and its CSRF token comes
 * from GET /api/device/session (refreshed once when the server finds it stale).
 */
import type { DeviceSession } from '../../shared/schemas/queue';
import { ApiError, send } from './client';

let deviceToken: string | null = null;

/** What the device is, its desk's status now, and a fresh CSRF token. */
export async function fetchDeviceSession(): Promise<DeviceSession> {
  const session = await send<DeviceSession>('GET', '/api/device/session');
  deviceToken = session.csrfToken;
  return session;
}

async function post<T>(path: string, body?: unknown): Promise<T> {
  if (deviceToken === null) await fetchDeviceSession();
  try {
    return await send<T>('POST', path, body, deviceToken);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 403 && error.code === 'csrf')) throw error;
    await fetchDeviceSession();
    return send<T>('POST', path, body, deviceToken);
  }
}

export const deviceApi = {
  get: <T>(path: string) => send<T>('GET', path),
  post,
};
