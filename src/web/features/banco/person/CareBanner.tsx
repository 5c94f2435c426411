/**
 * "Already in care": who follows the person (service, organisation, case
 * worker and their work contact), so the desk sends them back to that worker
 * instead of starting again. Only who, never what: no case content here.
 */
import { useTranslation } from 'react-i18next';
import type { CareRelationView } from '../../../../shared/schemas/people';

export function CareBanner({ relations }: { relations: CareRelationView[] }) {
  const { t } = useTranslation();
  if (relations.length === 0) return <p className="banco-ticket-meta">{t('personPanel.notInCare')}</p>;
  return (
    <div className="alert alert-warning care-banner" data-testid="care-banner">
      <p className="fw-bold mb-1">{t('personPanel.inCareTitle')}</p>
      <ul className="list-unstyled mb-0">
        {relations.map((relation) => (
          <li key={relation.id} className="mb-1">
            {t('personPanel.inCareLine', {
              service: relation.serviceName,
              organisation: relation.organisationName,
              worker: relation.caseWorkerName,
            })}
            {relation.caseWorkerContact && (
              <>
                <br />
                {t('personPanel.workContact', { contact: relation.caseWorkerContact })}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
