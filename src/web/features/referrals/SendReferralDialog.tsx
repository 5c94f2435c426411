/**
 * "Invia a un servizio" for one saved request: the receiving service picked
 * by typing (directory search), the reason, the urgency, what the person was
 * told, and the basis for sharing — the person's consent unless a
 * coordinator records another basis. Validated with the shared schema; sent
 * at once, then the referral's page opens.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SHARE_BASES, URGENCIES } from '../../../shared/referrals';
import { ReferralInput, type ReferralValues } from '../../../shared/schemas/referrals';
import { BusyButton } from '../../components/BusyButton';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldMessage } from '../../components/form/fieldMessage';
import { SelectField } from '../../components/form/SelectField';
import { TextAreaField } from '../../components/form/TextAreaField';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { useSession } from '../../session/session';
import { contactQuery } from '../contacts/contacts.api';
import { ServiceSearchField } from '../directory/ServiceSearchField';
import { BOUNCES_QUERY, createReferral, REFERRALS_QUERY } from './referrals.api';

export interface SendReferralDialogProps {
  requestId: string;
  /** The name typed at the desk (orientation), to start the search from. */
  serviceHint?: string | null;
  onClose: () => void;
}

export function SendReferralDialog({ requestId, serviceHint, onClose }: SendReferralDialogProps) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [serviceText, setServiceText] = useState(serviceHint ?? '');
  const [serviceName, setServiceName] = useState<string | null>(null);
  const form = useForm<ReferralInput, unknown, ReferralValues>({
    resolver: zodResolver(ReferralInput),
    defaultValues: {
      requestId,
      serviceId: '',
      reason: '',
      urgency: 'routine',
      toldPerson: '',
      shareBasis: 'consent',
      shareBasisNote: '',
      send: true,
    },
  });
  const server = useServerErrors(form.setError);
  const mutation = useMutation({
    mutationFn: createReferral,
    onSuccess: (referral) => {
      void queryClient.invalidateQueries({ queryKey: REFERRALS_QUERY });
      void queryClient.invalidateQueries({ queryKey: BOUNCES_QUERY });
      // The request's outcome becomes "referral" on the server.
      void queryClient.invalidateQueries({ queryKey: contactQuery(referral.contactId) });
      navigate(`/invii/${referral.id}`, {
        state: { flash: t('referrals.sentFlash', { service: referral.service.name }) },
      });
    },
    onError: server.report,
  });
  const errors = form.formState.errors;
  const serviceError = useFieldMessage(errors.serviceId ? { message: 'referrals.chooseService' } : undefined);
  const shareBasis = form.watch('shareBasis');
  const formId = `send-referral-${requestId}`;
  const bases = can('referral.override_basis') ? SHARE_BASES : (['consent'] as const);

  return (
    <Dialog
      isOpen
      title={t('referrals.sendTitle')}
      onClose={onClose}
      footer={
        <>
          <Button type="button" color="secondary" outline onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <BusyButton form={formId} isBusy={mutation.isPending}>
            {t('referrals.send')}
          </BusyButton>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        onSubmit={form.handleSubmit((values) => {
          server.clear();
          mutation.mutate(values);
        })}
      >
        <ErrorAlert error={server.error} />
        <Controller
          control={form.control}
          name="serviceId"
          render={({ field }) => (
            <ServiceSearchField
              label={t('referrals.serviceToSearch')}
              hint={
                serviceName
                  ? t('referrals.serviceChosen', { service: serviceName })
                  : t('referrals.serviceHint')
              }
              error={serviceError}
              required
              value={serviceText}
              chosenId={field.value || null}
              data-testid="referral-service"
              onChange={(text) => {
                setServiceText(text);
                setServiceName(null);
                field.onChange('');
              }}
              onChoose={(service) => {
                setServiceText(service.name);
                setServiceName(`${service.name} (${service.organisationName})`);
                field.onChange(service.id);
              }}
            />
          )}
        />
        <TextAreaField
          label={t('referrals.reason')}
          required
          maxLength={2000}
          registration={form.register('reason')}
          error={errors.reason}
        />
        <SelectField
          label={t('referrals.urgency')}
          registration={form.register('urgency')}
          error={errors.urgency}
        >
          {URGENCIES.map((urgency) => (
            <option key={urgency} value={urgency}>
              {t(`referrals.urgencies.${urgency}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('referrals.toldPersonOptional')}
          hint={t('referrals.toldPersonHint')}
          maxLength={1000}
          registration={form.register('toldPerson')}
          error={errors.toldPerson}
        />
        <SelectField
          label={t('referrals.shareBasis')}
          hint={t('referrals.shareBasisHint')}
          registration={form.register('shareBasis')}
          error={errors.shareBasis}
        >
          {bases.map((basis) => (
            <option key={basis} value={basis}>
              {t(`referrals.shareBases.${basis}`)}
            </option>
          ))}
        </SelectField>
        {shareBasis !== 'consent' && (
          <TextField
            label={t('referrals.shareBasisNote')}
            maxLength={500}
            registration={form.register('shareBasisNote')}
            error={errors.shareBasisNote}
          />
        )}
      </form>
    </Dialog>
  );
}
