/**
 * A temporary password, shown once: the server keeps only its hash. The
 * dialog tells the administrator to hand it over in person, offers a copy
 * button, and closes only by the explicit button.
 */
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemporaryPassword } from '../../../shared/schemas/accounts';
import { Dialog } from '../../components/Dialog';

export interface TemporaryPasswordDialogProps {
  /** The password just issued and whose it is; none while the dialog is closed. */
  issued: TemporaryPassword | null;
  onClose: () => void;
}

export function TemporaryPasswordDialog({ issued, onClose }: TemporaryPasswordDialogProps) {
  const { t } = useTranslation();
  const fullName = issued?.user.fullName ?? '';
  const username = issued?.user.username ?? '';
  const password = issued?.temporaryPassword ?? '';
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <Dialog
      isOpen={issued !== null}
      isStatic
      title={t('users.temporaryPasswordTitle')}
      onClose={onClose}
      footer={
        <Button type="button" color="primary" onClick={onClose}>
          {t('users.temporaryPasswordDone')}
        </Button>
      }
    >
      <p>{t('users.temporaryPasswordFor', { name: fullName, username })}</p>
      <p className="fw-semibold mb-1">{t('users.temporaryPassword')}</p>
      <p className="temporary-password border rounded p-3 text-center mb-3">
        <code>{password}</code>
      </p>
      <p>{t('users.temporaryPasswordHandOver')}</p>
      <Button type="button" color="primary" outline size="sm" onClick={() => void copy()}>
        {t('users.copyPassword')}
      </Button>
      <span role="status" className="ms-3">
        {copyState === 'copied' && t('users.copied')}
        {copyState === 'failed' && t('users.copyFailed')}
      </span>
    </Dialog>
  );
}
