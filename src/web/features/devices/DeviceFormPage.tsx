/**
 * A new kiosk or display: its name, the desk it serves, its kind and (for a
 * kiosk) the receipt printer. Saving shows the pairing link once; closing
 * that goes back to the list.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { DEVICE_KINDS, DeviceInput, type DevicePairing, PRINTER_WIDTHS } from '../../../shared/schemas/queue';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/form/FormActions';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { DESKS_QUERY, listDesks } from '../desks/desks.api';
import { createDevice, DEVICES_QUERY } from './devices.api';
import { PairingLinkDialog } from './PairingLinkDialog';

type DeviceFormValues = z.input<typeof DeviceInput>;

export default function DeviceFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks });
  const [pairing, setPairing] = useState<DevicePairing | null>(null);
  const form = useForm<DeviceFormValues, unknown, DeviceInput>({
    resolver: zodResolver(DeviceInput),
    defaultValues: { name: '', deskId: '', kind: 'kiosk', printer: 'none' },
  });
  const server = useServerErrors(form.setError);
  const kind = useWatch({ control: form.control, name: 'kind' });
  const { errors } = form.formState;
  const activeDesks = (desks.data ?? []).filter((desk) => desk.isActive);

  const onSubmit = form.handleSubmit(async (input) => {
    server.clear();
    try {
      setPairing(await createDevice({ ...input, printer: input.kind === 'kiosk' ? input.printer : 'none' }));
      await queryClient.invalidateQueries({ queryKey: DEVICES_QUERY });
    } catch (error) {
      server.report(error);
    }
  });
  const closePairing = () =>
    void navigate('/admin/devices', {
      state: { flash: t('devices.created', { name: pairing?.device.name }) },
    });

  return (
    <>
      <PageHeading title={t('devices.new')} />
      <p className="lead">{t('devices.newIntro')}</p>
      <ErrorAlert error={desks.error} />
      {desks.isPending && <Loading />}
      {desks.isSuccess && (
        <form onSubmit={onSubmit} noValidate>
          <ErrorAlert error={server.error} />
          <div className="row">
            <TextField
              className="col-12 col-md-6"
              label={t('devices.name')}
              hint={t('devices.nameHint')}
              required
              registration={form.register('name')}
              error={errors.name}
            />
            <SelectField
              className="col-12 col-md-6"
              label={t('devices.desk')}
              required
              registration={form.register('deskId')}
              error={errors.deskId && { message: 'devices.deskRequired' }}
            >
              <option value="">{t('common.choose')}</option>
              {activeDesks.map((desk) => (
                <option key={desk.id} value={desk.id}>
                  {desk.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              className="col-12 col-md-6"
              label={t('devices.kind')}
              hint={t('devices.kindHint')}
              registration={form.register('kind')}
              error={errors.kind}
            >
              {DEVICE_KINDS.map((value) => (
                <option key={value} value={value}>
                  {t(`devices.kinds.${value}`)}
                </option>
              ))}
            </SelectField>
            {kind === 'kiosk' && (
              <SelectField
                className="col-12 col-md-6"
                label={t('devices.printer')}
                hint={t('devices.printerHint')}
                registration={form.register('printer')}
                error={errors.printer}
              >
                {PRINTER_WIDTHS.map((value) => (
                  <option key={value} value={value}>
                    {t(`devices.printers.${value}`)}
                  </option>
                ))}
              </SelectField>
            )}
          </div>
          <FormActions
            isBusy={form.formState.isSubmitting}
            cancelTo="/admin/devices"
            submitLabel={t('devices.create')}
          />
        </form>
      )}
      <PairingLinkDialog pairing={pairing} onClose={closePairing} />
    </>
  );
}
