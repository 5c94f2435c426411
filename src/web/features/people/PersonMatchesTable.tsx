/** People found by a search, closest first, each linking to their record; what matched is said in words. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonMatch } from '../../../shared/schemas/people';
import { DataTable } from '../../components/DataTable';
import { formatDate, formatMoment, personName } from './format';

export function PersonMatchesTable({ matches }: { matches: PersonMatch[] }) {
  const { t, i18n } = useTranslation();
  if (matches.length === 0) {
    return (
      <p role="status" className="mt-3">
        {t('people.noMatches')}
      </p>
    );
  }
  return (
    <DataTable
      caption={t('people.matchesCaption', { count: matches.length })}
      columns={[
        t('people.fullName'),
        t('people.birthDate'),
        t('people.codiceFiscale'),
        t('people.municipality'),
        t('people.lastContact'),
        t('people.matchedOn'),
      ]}
    >
      {matches.map((match) => (
        <tr key={match.id}>
          <th scope="row">
            <Link to={`/persone/${match.id}`}>{personName(match) || t('people.anonymised')}</Link>
            {match.inCare && (
              <>
                {' '}
                <span className="badge bg-primary">{t('people.inCare')}</span>
              </>
            )}
          </th>
          <td>{formatDate(match.birthDate, i18n.language)}</td>
          <td>{match.codiceFiscale ?? '—'}</td>
          <td>{match.municipalityName ?? '—'}</td>
          <td>{formatMoment(match.lastContactAt, i18n.language)}</td>
          <td>{match.matchedOn.map((field) => t(`people.matchFields.${field}`)).join(', ')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
