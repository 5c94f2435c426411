/**
 * The vocabularies a coordinator keeps (DESIGN.md §3): one tab per kind, each
 * term with its labels, position, recent uses and state. A used term is
 * history: its labels stay, it can be retired but never deleted.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { VOCABULARY_KINDS, type VocabularyKind } from '../../../shared/contacts';
import type { TermView } from '../../../shared/schemas/vocabularies';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { Tabs } from './Tabs';
import { EditTermDialog, NewTermDialog } from './TermDialogs';
import { type TermAction, TermTable } from './TermTable';
import { termLabel, useVocabularies } from './useTerms';
import { deleteTerm, restoreTerm, retireTerm, VOCABULARIES_QUERY } from './vocabularies.api';

const asKind = (value: string | null): VocabularyKind =>
  VOCABULARY_KINDS.find((kind) => kind === value) ?? 'area';

export default function VocabulariesPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const vocabularies = useVocabularies();
  const [params, setParams] = useSearchParams();
  const kind = asKind(params.get('kind'));
  const [isAdding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<TermView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const terms = vocabularies.data?.terms ?? [];
  const areas = terms.filter((term) => term.kind === 'area');
  /** Looked up in the list each time, so a conflict's reload brings the fresh version. */
  const editing = terms.find((term) => term.id === editingId) ?? null;
  const label = (term: TermView) => termLabel(term, i18n.language);
  const refresh = () => queryClient.invalidateQueries({ queryKey: VOCABULARIES_QUERY });
  const done = async (message: string) => {
    setNotice(message);
    await refresh();
  };

  const act = async (action: TermAction, term: TermView) => {
    setError(null);
    setNotice(null);
    if (action === 'edit') return setEditingId(term.id);
    if (action === 'delete') return setDeleting(term);
    try {
      if (action === 'retire') await retireTerm(term.id);
      else await restoreTerm(term.id);
      await done(
        t(action === 'retire' ? 'vocabularies.retired' : 'vocabularies.restored', { label: label(term) }),
      );
    } catch (caught) {
      setError(caught);
    }
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    await deleteTerm(deleting.id);
    setDeleting(null);
    await done(t('vocabularies.deleted', { label: label(deleting) }));
  };

  return (
    <>
      <PageHeading title={t('vocabularies.title')} />
      <p className="lead">{t('vocabularies.intro')}</p>
      <ErrorAlert error={vocabularies.error ?? error} />
      {notice && (
        <Notice color="success" live>
          {notice}
        </Notice>
      )}
      {vocabularies.isPending && <Loading />}
      {vocabularies.data && (
        <Tabs
          label={t('vocabularies.kindsLabel')}
          tabs={VOCABULARY_KINDS.map((value) => ({ value, label: t(`vocabularies.kinds.${value}`) }))}
          selected={kind}
          onSelect={(next) => setParams({ kind: next }, { replace: true })}
        >
          <Button type="button" color="primary" className="mb-3" onClick={() => setAdding(true)}>
            {t('vocabularies.add')}
          </Button>
          <TermTable
            kind={kind}
            terms={terms.filter((term) => term.kind === kind)}
            areas={areas}
            onAction={(action, term) => void act(action, term)}
          />
        </Tabs>
      )}
      <NewTermDialog
        isOpen={isAdding}
        kind={kind}
        areas={areas}
        onClose={() => setAdding(false)}
        onSaved={(term) => {
          setAdding(false);
          void done(t('vocabularies.saved', { label: label(term) }));
        }}
      />
      <EditTermDialog
        term={editing}
        areas={areas}
        onClose={() => setEditingId(null)}
        onSaved={(term) => {
          setEditingId(null);
          void done(t('vocabularies.saved', { label: label(term) }));
        }}
        onConflict={refresh}
      />
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t('vocabularies.deleteTitle')}
        confirmLabel={t('vocabularies.delete')}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        {deleting && t('vocabularies.deleteConfirm', { label: label(deleting), code: deleting.code })}
      </ConfirmDialog>
    </>
  );
}
