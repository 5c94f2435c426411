/** The contact's last row: a refused save said in words, then Save (Ctrl+Enter). */
import { useTranslation } from 'react-i18next';
import { BusyButton } from '../../../components/BusyButton';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SHORTCUTS } from './shortcuts';

export interface ContactFormFooterProps {
  isBusy: boolean;
  error: unknown;
  /** The last save attempt stopped at fields the form itself found wrong. */
  hasInvalidFields: boolean;
}

export function ContactFormFooter({ isBusy, error, hasInvalidFields }: ContactFormFooterProps) {
  const { t } = useTranslation();
  return (
    <div className="contact-form-footer">
      <ErrorAlert error={error} />
      {!error && hasInvalidFields && (
        <p className="invalid-feedback d-block fw-semibold mb-2" role="alert">
          {t('contactForm.fixErrors')}
        </p>
      )}
      <BusyButton
        isBusy={isBusy}
        size="lg"
        data-testid="save-contact"
        aria-keyshortcuts={SHORTCUTS.save.aria}
      >
        {t('contactForm.save')}
        <span className="shortcut-hint" aria-hidden="true">
          <kbd>{SHORTCUTS.save.label}</kbd>
        </span>
      </BusyButton>
    </div>
  );
}
