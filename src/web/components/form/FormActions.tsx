/** A record form's last row: the submit button (busy while it saves) and Cancel, a link back to the list. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BusyButton } from '../BusyButton';

export interface FormActionsProps {
  isBusy: boolean;
  cancelTo: string;
  /** "Save" unless said otherwise. */
  submitLabel?: string;
}

export function FormActions({ isBusy, cancelTo, submitLabel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="d-flex gap-3">
      <BusyButton isBusy={isBusy}>{submitLabel ?? t('common.save')}</BusyButton>
      <Link className="btn btn-outline-secondary" to={cancelTo}>
        {t('common.cancel')}
      </Link>
    </div>
  );
}
