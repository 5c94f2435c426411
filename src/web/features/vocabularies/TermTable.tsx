/** The terms of one kind: code, both labels, position, recent uses, state, and what can be done with each. */
import { useTranslation } from 'react-i18next';
import type { VocabularyKind } from '../../../shared/contacts';
import type { TermView } from '../../../shared/schemas/vocabularies';
import { DataTable } from '../../components/DataTable';
import { RowActionButton } from '../../components/records/RowActions';
import { termLabel } from './useTerms';

export type TermAction = 'edit' | 'retire' | 'restore' | 'delete';

export interface TermTableProps {
  kind: VocabularyKind;
  terms: TermView[];
  areas: TermView[];
  onAction: (action: TermAction, term: TermView) => void;
}

export function TermTable({ kind, terms, areas, onAction }: TermTableProps) {
  const { t, i18n } = useTranslation();
  const areaName = (code: string) => {
    const area = areas.find((candidate) => candidate.code === code);
    return area ? termLabel(area, i18n.language) : code;
  };
  const extra =
    kind === 'need_category'
      ? t('vocabularies.areas')
      : kind === 'outcome'
        ? t('vocabularies.outcomeGroup')
        : null;

  if (terms.length === 0) return <p>{t('vocabularies.empty')}</p>;
  return (
    <DataTable
      caption={t('vocabularies.caption', { kind: t(`vocabularies.kinds.${kind}`), count: terms.length })}
      columns={[
        t('vocabularies.code'),
        t('vocabularies.labelIt'),
        t('vocabularies.labelEn'),
        ...(extra ? [extra] : []),
        { label: t('vocabularies.position'), className: 'text-end' },
        { label: t('vocabularies.uses'), className: 'text-end' },
        t('common.status'),
        t('common.actions'),
      ]}
    >
      {terms.map((term) => {
        const name = termLabel(term, i18n.language);
        return (
          <tr key={term.id} className={term.retired ? 'text-muted' : undefined}>
            <td>
              <code>{term.code}</code>
            </td>
            <th scope="row" lang="it">
              {term.labelIt}
            </th>
            <td lang="en">{term.labelEn}</td>
            {kind === 'need_category' && (
              <td>
                {term.areaCodes.length ? term.areaCodes.map(areaName).join(', ') : t('vocabularies.allAreas')}
              </td>
            )}
            {kind === 'outcome' && (
              <td>{term.outcomeGroup ? t(`vocabularies.outcomeGroups.${term.outcomeGroup}`) : '—'}</td>
            )}
            <td className="text-end">{term.position}</td>
            <td className="text-end">{term.recentUses}</td>
            <td>
              {term.retired ? t('vocabularies.stateRetired') : t('vocabularies.stateActive')}
              {' · '}
              {term.used ? t('vocabularies.stateUsed') : t('vocabularies.stateUnused')}
            </td>
            <td>
              <div className="d-flex flex-wrap gap-2">
                <RowActionButton name={name} onClick={() => onAction('edit', term)}>
                  {t('common.edit')}
                </RowActionButton>
                <RowActionButton
                  name={name}
                  onClick={() => onAction(term.retired ? 'restore' : 'retire', term)}
                >
                  {term.retired ? t('vocabularies.restore') : t('vocabularies.retire')}
                </RowActionButton>
                {!term.used && (
                  <RowActionButton name={name} onClick={() => onAction('delete', term)}>
                    {t('vocabularies.delete')}
                  </RowActionButton>
                )}
              </div>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
