/**
 * The paired device's own session, refreshed every minute: whether it is
 * still paired (an admin may revoke it), its printer, and its desk's status
 * (open now, next opening) for the kiosk's closed screen.
 */
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { DEVICE_SESSION_QUERY, fetchDeviceSession } from './device.api';

export function useDeviceSession() {
  return useQuery({
    queryKey: DEVICE_SESSION_QUERY,
    queryFn: fetchDeviceSession,
    refetchInterval: 60_000,
    refetchIntervalInBackground: true,
    retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 3,
  });
}

/** The device is not (or no longer) paired: the server refused its cookie. */
export function isUnpaired(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 401 || error.status === 403);
}
