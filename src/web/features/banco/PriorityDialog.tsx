/**
 * "New arrival with priority": the reason category, one button each (never a
 * name or a diagnosis). Choosing one issues the ticket.
 */
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { PRIORITY_REASONS, type PriorityReason } from '../../../shared/queue';
import { Dialog } from '../../components/Dialog';

export interface PriorityDialogProps {
  isOpen: boolean;
  onClose: () => void;
  onChoose: (reason: PriorityReason) => void;
}

export function PriorityDialog({ isOpen, onClose, onChoose }: PriorityDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      isOpen={isOpen}
      title={t('banco.priorityTitle')}
      onClose={onClose}
      footer={
        <Button type="button" color="secondary" outline onClick={onClose}>
          {t('common.cancel')}
        </Button>
      }
    >
      <p>{t('banco.priorityIntro')}</p>
      <ul className="list-unstyled d-grid gap-2 mb-0">
        {PRIORITY_REASONS.map((reason) => (
          <li key={reason}>
            <Button type="button" color="primary" outline className="w-100" onClick={() => onChoose(reason)}>
              {t(`priorityReasons.${reason}`)}
            </Button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
