/** Municipalities (comuni di residenza): ISTAT code, name, province, population and its year. */
import { useQuery } from '@tanstack/react-query';
import { Table } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FlashNotice } from '../../components/FlashNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { listMunicipalities, MUNICIPALITIES_QUERY } from './municipalities.api';

export default function MunicipalitiesPage() {
  const { t, i18n } = useTranslation();
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <>
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
        <PageHeading title={t('municipalities.title')} />
        <Link className="btn btn-primary" to="/admin/municipalities/new">
          {t('municipalities.new')}
        </Link>
      </div>
      <FlashNotice />
      <ErrorAlert error={municipalities.error} />
      {municipalities.isPending && <Loading />}
      {municipalities.data && (
        <div className="table-responsive">
          <Table hover>
            <caption>{t('municipalities.caption', { count: municipalities.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('municipalities.istatCode')}</th>
                <th scope="col">{t('municipalities.name')}</th>
                <th scope="col">{t('municipalities.province')}</th>
                <th scope="col" className="text-end">
                  {t('municipalities.population')}
                </th>
                <th scope="col">{t('municipalities.populationYear')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {municipalities.data.map((municipality) => (
                <tr key={municipality.id}>
                  <td>{municipality.istatCode}</td>
                  <th scope="row">{municipality.name}</th>
                  <td>{municipality.province}</td>
                  <td className="text-end">{number.format(municipality.population)}</td>
                  <td>{municipality.populationYear ?? '—'}</td>
                  <td>
                    <Link
                      className="btn btn-outline-primary btn-xs"
                      to={`/admin/municipalities/${municipality.id}`}
                    >
                      {t('common.edit')}
                      <span className="visually-hidden"> {municipality.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </>
  );
}
