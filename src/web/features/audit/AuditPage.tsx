/**
 * The audit trail for the privacy officer: who did or read what and when,
 * newest first, page by page ("load more"), and a check of the hash chain.
 * Reading it is itself recorded by the server.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditTable } from './AuditTable';
import { AUDIT_QUERY, type AuditFilters, listAuditEvents } from './audit.api';
import { VerifyChain } from './VerifyChain';

export default function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>({});
  const pages = useInfiniteQuery({
    queryKey: [...AUDIT_QUERY, filters],
    queryFn: ({ pageParam }) => listAuditEvents(filters, pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
  const events = pages.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <>
      <PageHeading title={t('audit.title')} />
      <p className="lead">{t('audit.intro')}</p>
      <VerifyChain />
      <h2 className="h4">{t('audit.eventsTitle')}</h2>
      <AuditFiltersForm onChange={setFilters} />
      <ErrorAlert error={pages.error} />
      {pages.isPending && <Loading />}
      {pages.isSuccess && events.length === 0 && <p>{t('audit.empty')}</p>}
      {events.length > 0 && <AuditTable events={events} />}
      {pages.hasNextPage && (
        <Button
          type="button"
          color="primary"
          outline
          disabled={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {pages.isFetchingNextPage ? t('common.loading') : t('audit.loadMore')}
        </Button>
      )}
    </>
  );
}
