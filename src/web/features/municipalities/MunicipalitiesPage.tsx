/** Municipalities (comuni di residenza): ISTAT code, name, province, population and its year. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { RecordListPage } from '../../components/records/RecordListPage';
import { EditLink } from '../../components/records/RowActions';
import { listMunicipalities, MUNICIPALITIES_QUERY } from './municipalities.api';

export default function MunicipalitiesPage() {
  const { t, i18n } = useTranslation();
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <RecordListPage
      title={t('municipalities.title')}
      create={{ label: t('municipalities.new'), to: '/admin/municipalities/new' }}
      list={municipalities}
    >
      {(list) => (
        <DataTable
          caption={t('municipalities.caption', { count: list.length })}
          columns={[
            t('municipalities.istatCode'),
            t('municipalities.name'),
            t('municipalities.province'),
            { label: t('municipalities.population'), className: 'text-end' },
            t('municipalities.populationYear'),
            t('common.actions'),
          ]}
        >
          {list.map((municipality) => (
            <tr key={municipality.id}>
              <td>{municipality.istatCode}</td>
              <th scope="row">{municipality.name}</th>
              <td>{municipality.province}</td>
              <td className="text-end">{number.format(municipality.population)}</td>
              <td>{municipality.populationYear ?? '—'}</td>
              <td>
                <EditLink to={`/admin/municipalities/${municipality.id}`} name={municipality.name} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </RecordListPage>
  );
}
