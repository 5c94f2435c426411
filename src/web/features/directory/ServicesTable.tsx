/** Directory search results: the service (linked), its organisation, areas, status, how long it takes to answer. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceSummary } from '../../../shared/schemas/directory';
import { DataTable } from '../../components/DataTable';
import { useTerms } from '../vocabularies/useTerms';

export function ServicesTable({ services }: { services: ServiceSummary[] }) {
  const { t } = useTranslation();
  const terms = useTerms();
  if (services.length === 0) return <p>{t('directory.empty')}</p>;
  return (
    <DataTable
      caption={t('directory.caption', { count: services.length })}
      columns={[
        t('directory.name'),
        t('directory.organisation'),
        t('directory.areas'),
        t('directory.status'),
      ]}
    >
      {services.map((service) => (
        <tr key={service.id}>
          <th scope="row">
            <Link to={`/servizi/${service.id}`}>{service.name}</Link>
            {service.description && <div className="small text-muted">{service.description}</div>}
          </th>
          <td>{service.organisationName}</td>
          <td>{service.areaCodes.map((code) => terms.label('area', code)).join(', ') || '—'}</td>
          <td>{t(`directory.statuses.${service.status}`)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
