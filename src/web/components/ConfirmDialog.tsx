/** "Are you sure?" before an action that is hard to undo; shows the server's refusal in place. */
import { Button } from 'design-react-kit';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton } from './BusyButton';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';

export interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onCancel: () => void;
  children: ReactNode;
}

export function ConfirmDialog({
  isOpen,
  title,
  confirmLabel,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);

  const cancel = () => {
    setError(null);
    onCancel();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      isOpen={isOpen}
      title={title}
      onClose={cancel}
      footer={
        <>
          <Button type="button" color="secondary" outline onClick={cancel}>
            {t('common.cancel')}
          </Button>
          <BusyButton type="button" isBusy={isBusy} onClick={() => void confirm()}>
            {confirmLabel}
          </BusyButton>
        </>
      }
    >
      <ErrorAlert error={error} />
      <p className="mb-0">{children}</p>
    </Dialog>
  );
}
