/** Who the person is: the identifying data as recorded, and the way to correct it. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonView } from '../../../shared/schemas/people';
import { formatDate } from './format';

export function PersonIdentity({ person, canEdit }: { person: PersonView; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const ageBandText = (band: PersonView['ageBand']) =>
    band === 'unknown' ? t('people.unknown') : t('people.ageBandValue', { band });
  const rows: [string, string][] = [
    [t('people.familyName'), person.familyName || '—'],
    [t('people.givenName'), person.givenName || '—'],
    [t('people.codiceFiscale'), person.codiceFiscale ?? '—'],
    [t('people.birthDate'), formatDate(person.birthDate, i18n.language)],
    [t('people.birthPlace'), person.birthPlace ?? '—'],
    [t('people.sex'), t(`people.sexes.${person.sex}`)],
    [t('people.ageBand'), ageBandText(person.ageBand)],
    [t('people.phone'), person.phone ?? '—'],
    [t('people.email'), person.email ?? '—'],
    [t('people.municipality'), person.municipalityName ?? '—'],
    [t('people.citizenship'), t(`people.citizenshipGroups.${person.citizenshipGroup}`)],
  ];
  return (
    <section aria-labelledby="person-identity" className="mb-5">
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
        <h2 id="person-identity" className="h3 mb-0">
          {t('people.identity')}
        </h2>
        {canEdit && (
          <Link className="btn btn-outline-primary btn-sm" to={`/persone/${person.id}/modifica`}>
            {t('people.editIdentity')}
          </Link>
        )}
      </div>
      <dl className="row mb-0">
        {rows.map(([label, value]) => (
          <div key={label} className="col-12 col-sm-6 mb-2">
            <dt>{label}</dt>
            <dd className="mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
