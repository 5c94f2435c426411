/**
 * "Già in carico": the services that already follow the person, with their
 * case worker and how to reach them, so the desk routes them back instead of
 * starting over.
 */
import { useTranslation } from 'react-i18next';
import type { CareRelationView } from '../../../shared/schemas/people';
import { formatDate } from './format';

export function InCarePanel({ relations }: { relations: CareRelationView[] }) {
  const { t, i18n } = useTranslation();
  const active = relations.filter((relation) => relation.active);
  return (
    <section aria-labelledby="person-in-care" className="mb-5">
      <h2 id="person-in-care" className="h3">
        {t('people.inCareTitle')}
      </h2>
      {active.length === 0 ? (
        <p>{t('people.notInCare')}</p>
      ) : (
        <ul className="list-unstyled">
          {active.map((relation) => (
            <li key={relation.id} className="callout note mt-0 mb-3 p-3">
              <div className="fw-semibold">
                {relation.serviceName} · {relation.organisationName}
              </div>
              <div>
                {t('people.caseWorker')}: {relation.caseWorkerName}
                {relation.caseWorkerContact && <> ({relation.caseWorkerContact})</>}
              </div>
              <div className="small text-muted">
                {t('people.inCareSince', { date: formatDate(relation.startDate, i18n.language) })}
                {relation.endDate &&
                  ` · ${t('people.inCareUntil', { date: formatDate(relation.endDate, i18n.language) })}`}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
