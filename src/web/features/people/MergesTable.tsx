/** The merges done, newest first: who was merged into whom, what moved, by whom, and whether it was undone. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MergeView } from '../../../shared/schemas/people';
import { DataTable } from '../../components/DataTable';
import { RowActionButton } from '../../components/records/RowActions';
import { formatMoment } from './format';

export function MergesTable({ merges, onUndo }: { merges: MergeView[]; onUndo: (merge: MergeView) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={t('people.mergesCaption', { count: merges.length })}
      columns={[
        t('people.when'),
        t('people.keptRecord'),
        t('people.mergedRecord'),
        t('people.moved'),
        t('people.mergedBy'),
        t('common.status'),
        t('common.actions'),
      ]}
    >
      {merges.map((merge) => (
        <tr key={merge.id}>
          <td>{formatMoment(merge.mergedAt, i18n.language)}</td>
          <th scope="row">
            <Link to={`/persone/${merge.keptId}`}>{merge.keptName}</Link>
          </th>
          <td>
            <Link to={`/persone/${merge.mergedId}`}>{merge.mergedName}</Link>
          </td>
          <td>
            {t('people.movedCounts', { contacts: merge.movedContacts, relations: merge.movedCareRelations })}
          </td>
          <td>{merge.mergedByName ?? '—'}</td>
          <td>
            {merge.undoneAt
              ? t('people.undoneOn', {
                  when: formatMoment(merge.undoneAt, i18n.language),
                  who: merge.undoneByName ?? '—',
                })
              : t('people.mergeActive')}
          </td>
          <td>
            {!merge.undoneAt && (
              <RowActionButton
                name={t('people.pairName', { a: merge.mergedName, b: merge.keptName })}
                onClick={() => onUndo(merge)}
              >
                {t('people.undoMerge')}
              </RowActionButton>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
