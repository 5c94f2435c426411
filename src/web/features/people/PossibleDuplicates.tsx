/** Other records that may be the same person, and why the server thinks so; merging is the coordinator's. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonView } from '../../../shared/schemas/people';
import { formatDate, personName } from './format';

export function PossibleDuplicates({ duplicates }: { duplicates: PersonView['possibleDuplicates'] }) {
  const { t, i18n } = useTranslation();
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="person-duplicates" className="mb-5">
      <h2 id="person-duplicates" className="h3">
        {t('people.duplicatesTitle')}
      </h2>
      <p>{t('people.duplicatesIntro')}</p>
      <ul>
        {duplicates.map((duplicate) => (
          <li key={duplicate.id}>
            <Link to={`/persone/${duplicate.id}`}>{personName(duplicate) || t('people.anonymised')}</Link>
            {duplicate.birthDate && ` (${formatDate(duplicate.birthDate, i18n.language)})`}
            {' — '}
            {t('people.sameAs', {
              reasons: duplicate.reasons.map((reason) => t(`people.duplicateReasons.${reason}`)).join(', '),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
