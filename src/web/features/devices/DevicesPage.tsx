/**
 * Kiosks and displays: which desk each serves, whether it is paired and when
 * it was last seen; a new pairing link (the old one and the device's current
 * pairing stop working) and revocation, both after a confirmation.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevicePairing, DeviceView } from '../../../shared/schemas/queue';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { RecordListPage } from '../../components/records/RecordListPage';
import { RowActionButton } from '../../components/records/RowActions';
import { DEVICES_QUERY, listDevices, newPairing, revokeDevice } from './devices.api';
import { PairingLinkDialog } from './PairingLinkDialog';

type DeviceAction = 'pair' | 'revoke';

export default function DevicesPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const devices = useQuery({ queryKey: DEVICES_QUERY, queryFn: listDevices });
  const [pending, setPending] = useState<{ action: DeviceAction; device: DeviceView } | null>(null);
  const [pairing, setPairing] = useState<DevicePairing | null>(null);
  const when = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          new Date(iso),
        )
      : '—';
  const status = (device: DeviceView) => {
    if (device.revokedAt) return t('devices.revokedOn', { when: when(device.revokedAt) });
    if (device.pairedAt) return t('devices.pairedOn', { when: when(device.pairedAt) });
    return t('devices.notPaired');
  };

  const confirm = async () => {
    if (!pending) return;
    if (pending.action === 'pair') setPairing(await newPairing(pending.device.id));
    else await revokeDevice(pending.device.id);
    setPending(null);
    await queryClient.invalidateQueries({ queryKey: DEVICES_QUERY });
  };
  const label = pending && { pair: t('devices.newLink'), revoke: t('devices.revoke') }[pending.action];

  return (
    <>
      <RecordListPage
        title={t('devices.title')}
        create={{ label: t('devices.new'), to: '/admin/devices/new' }}
        list={devices}
      >
        {(list) =>
          list.length === 0 ? (
            <p>{t('devices.none')}</p>
          ) : (
            <DataTable
              caption={t('devices.caption', { count: list.length })}
              columns={[
                t('devices.name'),
                t('devices.desk'),
                t('devices.kind'),
                t('devices.printer'),
                t('common.status'),
                t('devices.lastSeen'),
                t('common.actions'),
              ]}
            >
              {list.map((device) => (
                <tr key={device.id}>
                  <th scope="row">{device.name}</th>
                  <td>{device.deskName}</td>
                  <td>{t(`devices.kinds.${device.kind}`)}</td>
                  <td>{device.kind === 'kiosk' ? t(`devices.printers.${device.printer}`) : '—'}</td>
                  <td>{status(device)}</td>
                  <td>{when(device.lastSeenAt)}</td>
                  <td className="table-actions">
                    {!device.revokedAt && (
                      <div className="d-flex flex-wrap gap-2">
                        <RowActionButton
                          name={device.name}
                          onClick={() => setPending({ action: 'pair', device })}
                        >
                          {t('devices.newLink')}
                        </RowActionButton>
                        <RowActionButton
                          name={device.name}
                          onClick={() => setPending({ action: 'revoke', device })}
                        >
                          {t('devices.revoke')}
                        </RowActionButton>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </RecordListPage>
      <ConfirmDialog
        isOpen={pending !== null}
        title={label ?? ''}
        confirmLabel={label ?? ''}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending &&
          (pending.action === 'pair'
            ? t('devices.newLinkConfirm', { name: pending.device.name })
            : t('devices.revokeConfirm', { name: pending.device.name }))}
      </ConfirmDialog>
      <PairingLinkDialog pairing={pairing} onClose={() => setPairing(null)} />
    </>
  );
}
