/**
 * "Deactivate X?" or "Reactivate X?" for the record picked on a list; on
 * confirmation it flips the record and refreshes the list. A refusal stays
 * in the dialog (see ConfirmDialog).
 */
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ConfirmDialog';

export interface Activatable {
  id: string;
  isActive: boolean;
}

export interface ActivationDialogProps<TRecord extends Activatable> {
  /** The record picked, or none while the dialog is closed. */
  record: TRecord | null;
  onClose: () => void;
  setActive: (id: string, isActive: boolean) => Promise<unknown>;
  listQuery: QueryKey;
  /** The question for each direction, naming the record. */
  confirmText: { deactivate: string; reactivate: string };
}

export function ActivationDialog<TRecord extends Activatable>({
  record,
  onClose,
  setActive,
  listQuery,
  confirmText,
}: ActivationDialogProps<TRecord>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const action = record?.isActive ? t('common.deactivate') : t('common.reactivate');

  const confirm = async () => {
    if (!record) return;
    await setActive(record.id, !record.isActive);
    onClose();
    await queryClient.invalidateQueries({ queryKey: listQuery });
  };

  return (
    <ConfirmDialog
      isOpen={record !== null}
      title={action}
      confirmLabel={action}
      onConfirm={confirm}
      onCancel={onClose}
    >
      {record?.isActive ? confirmText.deactivate : confirmText.reactivate}
    </ConfirmDialog>
  );
}
