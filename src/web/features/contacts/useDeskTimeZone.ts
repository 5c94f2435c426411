/** A desk's time zone, from the (shared, cached) desk list: a contact's times read as the desk's clock did. */
import { useQuery } from '@tanstack/react-query';
import { DESKS_QUERY, listDesks } from '../desks/desks.api';

export function useDeskTimeZone(deskId: string): string | undefined {
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks, staleTime: 5 * 60_000 });
  return desks.data?.find((desk) => desk.id === deskId)?.timezone;
}
