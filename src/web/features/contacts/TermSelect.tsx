/**
 * A select of one vocabulary's terms, labelled in the interface language:
 * retired terms are left out unless the record already holds one (history
 * shows as it was), and a filter narrows them (categories of an area).
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { VocabularyKind } from '../../../shared/contacts';
import type { TermView } from '../../../shared/schemas/vocabularies';
import type { MaybeFieldError } from '../../components/form/fieldMessage';
import { SelectField } from '../../components/form/SelectField';
import { termLabel, useTerms } from '../vocabularies/useTerms';

export interface TermSelectProps {
  kind: VocabularyKind;
  label: string;
  registration: UseFormRegisterReturn;
  /** The value the record holds now: kept as an option even when retired or filtered out. */
  current: string | null | undefined;
  error?: MaybeFieldError;
  filter?: (term: TermView) => boolean;
  /** The text of the empty option ("choose…", or "not said" for an optional field). */
  emptyLabel: string;
  className?: string;
  required?: boolean;
}

export function TermSelect({ kind, current, filter = () => true, emptyLabel, ...field }: TermSelectProps) {
  const { i18n } = useTranslation();
  const terms = useTerms();
  const options = terms
    .ofKind(kind)
    .filter((term) => term.code === current || (!term.retired && filter(term)));
  return (
    <SelectField {...field}>
      <option value="">{emptyLabel}</option>
      {options.map((term) => (
        <option key={term.id} value={term.code}>
          {termLabel(term, i18n.language)}
        </option>
      ))}
    </SelectField>
  );
}
