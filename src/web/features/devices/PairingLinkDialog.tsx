/**
 * A device's pairing link, shown once: opened on the tablet or TV it makes
 * that browser the device. The server keeps only a hash, so the dialog says
 * so, offers a copy button, and closes only by the explicit button.
 */
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevicePairing } from '../../../shared/schemas/queue';
import { Dialog } from '../../components/Dialog';

export interface PairingLinkDialogProps {
  /** The link just issued and whose it is; none while the dialog is closed. */
  pairing: DevicePairing | null;
  onClose: () => void;
}

export function PairingLinkDialog({ pairing, onClose }: PairingLinkDialogProps) {
  const { t, i18n } = useTranslation();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = pairing ? new URL(pairing.pairingUrl, window.location.origin).href : '';
  const expires = pairing
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' }).format(
        new Date(pairing.expiresAt),
      )
    : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  const close = () => {
    setCopyState('idle');
    onClose();
  };

  return (
    <Dialog
      isOpen={pairing !== null}
      isStatic
      title={t('devices.pairingTitle')}
      onClose={close}
      footer={
        <Button type="button" color="primary" onClick={close}>
          {t('devices.pairingDone')}
        </Button>
      }
    >
      <p>
        {t('devices.pairingFor', {
          name: pairing?.device.name ?? '',
          kind: pairing ? t(`devices.kinds.${pairing.device.kind}`) : '',
        })}
      </p>
      <p className="fw-semibold mb-1">{t('devices.pairingLink')}</p>
      <p className="pairing-link border rounded p-3 mb-3">
        <code>{url}</code>
      </p>
      <p>{t('devices.pairingHandOver', { expires })}</p>
      <Button type="button" color="primary" outline size="sm" onClick={() => void copy()}>
        {t('devices.copyLink')}
      </Button>
      <span role="status" className="ms-3">
        {copyState === 'copied' && t('devices.copied')}
        {copyState === 'failed' && t('devices.copyFailed')}
      </span>
    </Dialog>
  );
}
