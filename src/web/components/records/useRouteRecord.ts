/**
 * The record a "new or edit" page is about: the one the route's :id names,
 * or none on a "new" page (nothing is fetched then). `select` picks the
 * record out of a list, for records with no single-record endpoint.
 */
import { type QueryKey, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

export interface RecordQuery<TData, TRecord> {
  queryKey: QueryKey;
  queryFn: () => Promise<TData>;
  select?: (data: TData) => TRecord | undefined;
}

export interface RouteRecord<TRecord> {
  isNew: boolean;
  data: TRecord | undefined;
  error: unknown;
  /** A "new" page, or the record has arrived. */
  isLoaded: boolean;
  /** The list arrived without the record the route names. */
  isMissing: boolean;
  /** Fetch the record afresh (after a conflict) and return it. */
  reload: () => Promise<TRecord | undefined>;
}

export function useRouteRecord<TData, TRecord = TData>(
  recordQuery: (id: string) => RecordQuery<TData, TRecord>,
): RouteRecord<TRecord> {
  const { id } = useParams();
  const query = useQuery<TData, Error, TRecord | undefined>({
    ...recordQuery(id ?? ''),
    enabled: Boolean(id),
  });
  return {
    isNew: !id,
    data: query.data,
    error: query.error,
    isLoaded: !id || query.data !== undefined,
    isMissing: Boolean(id) && query.isSuccess && query.data === undefined,
    reload: async () => (await query.refetch()).data,
  };
}
