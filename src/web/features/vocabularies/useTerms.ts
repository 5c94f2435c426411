/**
 * The vocabularies as the screens read them: one shared, long-lived copy, a
 * term's label in the interface language (Italian or English), and the
 * terms of one kind. A code no longer in the list shows as itself rather
 * than disappearing from history.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { VocabularyKind } from '../../../shared/contacts';
import type { TermView } from '../../../shared/schemas/vocabularies';
import { asLanguage } from '../../i18n';
import { listVocabularies, VOCABULARIES_QUERY } from './vocabularies.api';

export function useVocabularies() {
  return useQuery({ queryKey: VOCABULARIES_QUERY, queryFn: listVocabularies, staleTime: 5 * 60_000 });
}

export function termLabel(term: Pick<TermView, 'labelIt' | 'labelEn'>, language: string): string {
  return asLanguage(language) === 'en' ? term.labelEn : term.labelIt;
}

export interface Terms {
  /** All terms (retired included), or none while loading. */
  all: TermView[];
  /** The terms of a kind, in the server's order (frequent first, retired last). */
  ofKind: (kind: VocabularyKind) => TermView[];
  /** The label of a code of a kind in the interface language; the code itself when unknown. */
  label: (kind: VocabularyKind, code: string) => string;
  error: unknown;
  isReady: boolean;
}

export function useTerms(): Terms {
  const { i18n } = useTranslation();
  const vocabularies = useVocabularies();
  const all = vocabularies.data?.terms ?? [];
  const ofKind = (kind: VocabularyKind) => all.filter((term) => term.kind === kind);
  return {
    all,
    ofKind,
    label: (kind, code) => {
      const term = all.find((candidate) => candidate.kind === kind && candidate.code === code);
      return term ? termLabel(term, i18n.language) : code;
    },
    error: vocabularies.error,
    isReady: vocabularies.data !== undefined,
  };
}
