/**
 * The frame of a "new or edit" page: its heading, what failed to load, a
 * loading note while the record (and any list the form needs for its
 * choices) is on its way, then the form, given the record and a way to
 * reload it. Once something failed to load only the error shows: no
 * loading note that would never end.
 */
import type { ReactNode } from 'react';
import { ErrorAlert } from '../ErrorAlert';
import { Loading } from '../Loading';
import { PageHeading } from '../PageHeading';
import type { RouteRecord } from './useRouteRecord';

/** What the form of a "new or edit" page is given: the record (none when new) and a way to reload it. */
export interface LoadedRecord<TRecord> {
  record: TRecord | undefined;
  reload: () => Promise<TRecord | undefined>;
}

export interface RecordFormPageProps<TRecord> {
  title: string;
  record: RouteRecord<TRecord>;
  /** Other data the form needs before it can show (e.g. the organisations to choose from). */
  needs?: { data: unknown; error: unknown }[];
  /** A line under the heading (e.g. whose record this is). */
  lead?: ReactNode;
  children: (loaded: LoadedRecord<TRecord>) => ReactNode;
}

export function RecordFormPage<TRecord>({
  title,
  record,
  needs = [],
  lead,
  children,
}: RecordFormPageProps<TRecord>) {
  const error = [record, ...needs].map((loaded) => loaded.error).find(Boolean);
  const isReady = record.isLoaded && needs.every((loaded) => loaded.data !== undefined);
  return (
    <>
      <PageHeading title={title} />
      {lead && <p className="lead">{lead}</p>}
      <ErrorAlert error={error} />
      {!isReady && !error && <Loading />}
      {isReady && children({ record: record.data, reload: record.reload })}
    </>
  );
}
