/**
 * The vocabularies as the contact form offers them: per kind, the server's
 * order (frequent first), retired terms left out unless already chosen, need
 * categories only under the areas they belong to, labels in the interface
 * language.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyKind } from '../../../../shared/contacts';
import type { TermView } from '../../../../shared/schemas/vocabularies';
import { getVocabularies, VOCABULARIES_QUERY } from '../contacts.api';

export interface Choice {
  value: string;
  label: string;
}

export interface Vocabulary {
  /** The terms of a kind to choose from; `keep` stays even when retired (a restored draft). */
  choices: (kind: VocabularyKind, options?: { areaCode?: string; keep?: string | null }) => Choice[];
  label: (kind: VocabularyKind, code: string) => string;
}

export function termLabel(term: TermView, language: string): string {
  return language.startsWith('it') ? term.labelIt : term.labelEn;
}

/** A need category is offered under an area when it names that area, or names none (every area). */
export function isInArea(term: TermView, areaCode: string): boolean {
  return term.areaCodes.length === 0 || term.areaCodes.includes(areaCode);
}

export function buildVocabulary(terms: TermView[], language: string): Vocabulary {
  const byKind = (kind: VocabularyKind) => terms.filter((term) => term.kind === kind);
  return {
    choices: (kind, { areaCode, keep } = {}) =>
      byKind(kind)
        .filter((term) => !term.retired || term.code === keep)
        .filter((term) => areaCode === undefined || isInArea(term, areaCode))
        .map((term) => ({ value: term.code, label: termLabel(term, language) })),
    label: (kind, code) => {
      const term = terms.find((candidate) => candidate.kind === kind && candidate.code === code);
      return term ? termLabel(term, language) : code;
    },
  };
}

export function useVocabularyQuery() {
  return useQuery({ queryKey: VOCABULARIES_QUERY, queryFn: getVocabularies, staleTime: 5 * 60_000 });
}

/** The vocabulary in the interface language; empty until loaded. */
export function useVocabulary(): Vocabulary {
  const { i18n } = useTranslation();
  const { data } = useVocabularyQuery();
  return useMemo(() => buildVocabulary(data?.terms ?? [], i18n.language), [data, i18n.language]);
}
