/**
 * Who is at the desk now: name, organisation (its colour only repeats the
 * name) and counter; and, plainly, which staffing organisation is missing.
 */
import { useTranslation } from 'react-i18next';
import type { QueueState } from '../../../shared/schemas/queue';

export function PresenceList({ state }: { state: QueueState }) {
  const { t } = useTranslation();
  const present = state.presences.filter((presence) => presence.checkedOutAt === null);
  const isRunning = state.opening !== null && state.opening.closedAt === null;
  return (
    <div className="banco-presence">
      <h2 className="h6 mb-2">{t('banco.present')}</h2>
      {present.length === 0 ? (
        <p className="mb-0">{t('banco.nobodyPresent')}</p>
      ) : (
        <ul className="list-unstyled d-flex flex-wrap gap-2 mb-0">
          {present.map((presence) => (
            <li key={presence.id} className={`org-tag org-kind-${presence.organisationKind}`}>
              <span className="fw-semibold">{presence.userName}</span>
              <span>
                {presence.organisationName} · {presence.counter}
              </span>
            </li>
          ))}
        </ul>
      )}
      {isRunning && !state.coPresence.isComplete && (
        <div className="alert alert-warning mt-3 mb-0">
          {t('banco.coPresenceMissing', {
            names: state.coPresence.missing.map((organisation) => organisation.name).join(', '),
          })}
        </div>
      )}
    </div>
  );
}
