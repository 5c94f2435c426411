/**
 * The contact's heading: which ticket or call it is, "joint contact" when
 * operators of two organisations take part, when the draft was last saved,
 * and "close" (the draft stays, to be resumed).
 */
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { OperatorRef } from '../../../../shared/schemas/contacts';
import { formatTime } from '../../../i18n/format';
import { organisationsOf } from './OperatorsField';
import { SHORTCUTS } from './shortcuts';
import type { DraftAutosave } from './useDraftAutosave';

export interface ContactFormHeaderProps {
  title: string;
  operators: OperatorRef[];
  operatorIds: string[];
  draft: DraftAutosave;
  timezone: string;
  onClose: () => void;
  hasTicketEnded: boolean;
  /** Offered when a draft was resumed: empty the form back to the defaults. */
  onStartOver?: () => void;
}

export function ContactFormHeader({
  title,
  operators,
  operatorIds,
  draft,
  timezone,
  onClose,
  hasTicketEnded,
  onStartOver,
}: ContactFormHeaderProps) {
  const { t, i18n } = useTranslation();
  const organisations = organisationsOf(operators, operatorIds);
  return (
    <div className="contact-form-header d-flex flex-wrap align-items-start justify-content-between gap-2 mb-3">
      <div>
        <h2 id="contact-form-title" className="h5 mb-1">
          {title}
        </h2>
        {organisations.length >= 2 && (
          <p className="mb-1">
            <span className="badge badge-joint" data-testid="joint-contact">
              {t('contactForm.joint', { organisations: organisations.join(' + ') })}
            </span>
          </p>
        )}
        {hasTicketEnded && <p className="alert alert-warning my-2">{t('contactForm.ticketEnded')}</p>}
        <p className="banco-ticket-meta mb-0" role="status">
          {draft.hasFailed
            ? t('contactForm.draftFailed')
            : draft.savedAt
              ? t('contactForm.draftSavedAt', { time: formatTime(draft.savedAt, i18n.language, timezone) })
              : ''}
        </p>
      </div>
      <div className="d-flex flex-wrap gap-2">
        {onStartOver && (
          <Button type="button" color="secondary" outline size="sm" onClick={onStartOver}>
            {t('contactForm.startOver')}
          </Button>
        )}
        <Button
          type="button"
          color="secondary"
          outline
          size="sm"
          data-testid="close-contact"
          aria-keyshortcuts={SHORTCUTS.close.aria}
          onClick={onClose}
        >
          {t('contactForm.close')}
          <span className="shortcut-hint" aria-hidden="true">
            <kbd>{SHORTCUTS.close.label}</kbd>
          </span>
        </Button>
      </div>
    </div>
  );
}
