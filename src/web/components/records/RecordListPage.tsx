/**
 * The frame of a list page: its heading with the "new" link (for those who
 * may add), the message a save left behind, what failed to load, a loading
 * note, then the list itself once it has arrived.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../ErrorAlert';
import { FlashNotice } from '../FlashNotice';
import { Loading } from '../Loading';
import { PageHeading } from '../PageHeading';

export interface RecordListPageProps<TList> {
  title: string;
  /** The "new" link; none for those who may not add. */
  create?: { label: string; to: string };
  list: { data: TList | undefined; error: unknown; isPending: boolean };
  /** Shown above the list whatever its state (e.g. search filters). */
  filters?: ReactNode;
  children: (list: TList) => ReactNode;
}

export function RecordListPage<TList>({
  title,
  create,
  list,
  filters,
  children,
}: RecordListPageProps<TList>) {
  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
        <PageHeading title={title} />
        {create && (
          <Link className="btn btn-primary" to={create.to}>
            {create.label}
          </Link>
        )}
      </div>
      <FlashNotice />
      {filters}
      <ErrorAlert error={list.error} />
      {list.isPending && <Loading />}
      {list.data && children(list.data)}
    </>
  );
}
