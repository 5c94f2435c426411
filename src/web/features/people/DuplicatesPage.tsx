/**
 * /monitoraggio/doppioni: records that may be the same person, for the
 * coordinator to merge (choosing which record to keep), and the merges done
 * so far, each of which can be undone.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeView, PersonSummary } from '../../../shared/schemas/people';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { DuplicatePairCard } from './DuplicatePairCard';
import { personName } from './format';
import { MergesTable } from './MergesTable';
import {
  DUPLICATES_QUERY,
  listDuplicates,
  listMerges,
  MERGES_QUERY,
  mergePeople,
  PEOPLE_QUERY,
  undoMerge,
} from './people.api';

interface PendingMerge {
  keep: PersonSummary;
  merge: PersonSummary;
}

export default function DuplicatesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const duplicates = useQuery({ queryKey: DUPLICATES_QUERY, queryFn: listDuplicates });
  const merges = useQuery({ queryKey: MERGES_QUERY, queryFn: listMerges });
  const [pending, setPending] = useState<PendingMerge | null>(null);
  const [undoing, setUndoing] = useState<MergeView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const name = (person: PersonSummary) => personName(person) || t('people.anonymised');

  const refresh = () => queryClient.invalidateQueries({ queryKey: PEOPLE_QUERY });

  const confirmMerge = async () => {
    if (!pending) return;
    await mergePeople({ keepId: pending.keep.id, mergeId: pending.merge.id });
    setNotice(t('people.merged', { merged: name(pending.merge), kept: name(pending.keep) }));
    setPending(null);
    await refresh();
  };

  const confirmUndo = async () => {
    if (!undoing) return;
    await undoMerge(undoing.id);
    setNotice(t('people.mergeUndone', { merged: undoing.mergedName, kept: undoing.keptName }));
    setUndoing(null);
    await refresh();
  };

  return (
    <>
      <PageHeading title={t('people.duplicatesPageTitle')} />
      <p className="lead">{t('people.duplicatesPageIntro')}</p>
      {notice && (
        <Notice color="success" live>
          {notice}
        </Notice>
      )}
      <section aria-labelledby="duplicate-pairs" className="mb-5">
        <h2 id="duplicate-pairs" className="h3">
          {t('people.pairsTitle')}
        </h2>
        <ErrorAlert error={duplicates.error} />
        {duplicates.isPending && <Loading />}
        {duplicates.data?.pairs.length === 0 && <p>{t('people.noPairs')}</p>}
        {duplicates.data?.pairs.map((pair) => (
          <DuplicatePairCard
            key={`${pair.a.id}-${pair.b.id}`}
            pair={pair}
            onMerge={(keep, merge) => setPending({ keep, merge })}
          />
        ))}
      </section>
      <section aria-labelledby="merge-history">
        <h2 id="merge-history" className="h3">
          {t('people.mergesTitle')}
        </h2>
        <ErrorAlert error={merges.error} />
        {merges.isPending && <Loading />}
        {merges.data?.merges.length === 0 && <p>{t('people.noMerges')}</p>}
        {merges.data && merges.data.merges.length > 0 && (
          <MergesTable merges={merges.data.merges} onUndo={setUndoing} />
        )}
      </section>
      <ConfirmDialog
        isOpen={pending !== null}
        title={t('people.mergeTitle')}
        confirmLabel={t('people.merge')}
        onConfirm={confirmMerge}
        onCancel={() => setPending(null)}
      >
        {pending && t('people.mergeConfirm', { merged: name(pending.merge), kept: name(pending.keep) })}
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={undoing !== null}
        title={t('people.undoMergeTitle')}
        confirmLabel={t('people.undoMerge')}
        onConfirm={confirmUndo}
        onCancel={() => setUndoing(null)}
      >
        {undoing && t('people.undoMergeConfirm', { merged: undoing.mergedName, kept: undoing.keptName })}
      </ConfirmDialog>
    </>
  );
}
