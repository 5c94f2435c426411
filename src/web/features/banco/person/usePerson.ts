/** The identified person's record (consents, active care relations), shared by the form and the side panel. */
import { useQuery } from '@tanstack/react-query';
import { getPerson, personQueryKey } from '../contacts.api';

export function usePerson(personId: string | null) {
  return useQuery({
    queryKey: personQueryKey(personId ?? ''),
    queryFn: () => getPerson(personId!),
    enabled: personId !== null,
    staleTime: 60_000,
  });
}
