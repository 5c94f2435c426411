/**
 * A contact's requests as read back: area → category, the outcome, and what
 * goes with it (the description, the service pointed to, whether the case
 * worker was messaged). Labels come from the vocabularies in the interface
 * language; a term since removed shows its code.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestView } from '../../../shared/schemas/contacts';
import { useTerms } from '../vocabularies/useTerms';

export function RequestList({
  requests,
  actions,
}: {
  requests: RequestView[];
  /** What may be done with a request from here (e.g. refer it to a service). */
  actions?: (request: RequestView) => ReactNode;
}) {
  const { t } = useTranslation();
  const terms = useTerms();
  if (requests.length === 0) return <p className="mb-0">{t('contacts.noRequests')}</p>;
  return (
    <ul className="list-unstyled mb-0">
      {requests.map((request) => (
        <li key={request.id} className="mb-2">
          <span className="fw-semibold">
            {terms.label('area', request.areaCode)} → {terms.label('need_category', request.categoryCode)}
          </span>
          {': '}
          {t('contacts.outcomeIs', { outcome: terms.label('outcome', request.outcomeCode) })}
          {request.serviceName && <> ({t('contacts.serviceIs', { service: request.serviceName })})</>}
          {request.caseWorkerMessaged && (
            <>
              {' '}
              <span className="badge bg-light text-dark border">{t('contacts.caseWorkerMessaged')}</span>
            </>
          )}
          {request.description && <div className="text-muted">{request.description}</div>}
          {actions?.(request)}
        </li>
      ))}
    </ul>
  );
}
