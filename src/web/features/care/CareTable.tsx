/** The care relations: the person, the service and its organisation, the case worker, the period, where it came from. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CareRelationView } from '../../../shared/schemas/people';
import { DataTable } from '../../components/DataTable';
import { EditLink } from '../../components/records/RowActions';
import { useSession } from '../../session/session';
import { formatDate } from '../people/format';

export function CareTable({ relations, canManage }: { relations: CareRelationView[]; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  if (relations.length === 0) return <p>{t('care.empty')}</p>;
  return (
    <DataTable
      caption={t('care.caption', { count: relations.length })}
      columns={[
        t('care.person'),
        t('care.service'),
        t('care.organisation'),
        t('care.caseWorker'),
        t('care.period'),
        t('common.status'),
        t('care.source'),
        ...(canManage ? [t('common.actions')] : []),
      ]}
    >
      {relations.map((relation) => (
        <tr key={relation.id}>
          <th scope="row">
            {can('person.read') ? (
              <Link to={`/persone/${relation.personId}`}>{relation.personName}</Link>
            ) : (
              relation.personName
            )}
          </th>
          <td>{relation.serviceName}</td>
          <td>{relation.organisationName}</td>
          <td>
            {relation.caseWorkerName}
            {relation.caseWorkerContact && <div className="small">{relation.caseWorkerContact}</div>}
          </td>
          <td>
            {formatDate(relation.startDate, i18n.language)} – {formatDate(relation.endDate, i18n.language)}
          </td>
          <td>{relation.active ? t('care.active') : t('care.ended')}</td>
          <td>
            {t(`care.sources.${relation.source}`)}
            {relation.externalRef && <div className="small text-muted">{relation.externalRef}</div>}
          </td>
          {canManage && (
            <td>
              <EditLink
                to={`/monitoraggio/prese-in-carico/${relation.id}`}
                name={`${relation.personName}, ${relation.serviceName}`}
              />
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}
