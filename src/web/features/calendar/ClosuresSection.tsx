/**
 * A desk's closures in the period: public holidays and the patron day (from
 * the calendar, not removable here) and ad-hoc closures with their public
 * reason, which those who manage closures can add and remove.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type ClosureDay, ClosureInput } from '../../../shared/schemas/queue';
import { BusyButton } from '../../components/BusyButton';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { TextField } from '../../components/form/TextField';
import { Notice } from '../../components/Notice';
import { RowActionButton } from '../../components/records/RowActions';
import { formatLongDate } from '../../i18n/format';
import { addClosure, calendarQueryKey, removeClosure } from './calendar.api';
import { FormMessages } from './FormMessages';
import { useCalendarForm } from './useCalendarForm';

export interface ClosuresSectionProps {
  deskId: string;
  closures: ClosureDay[];
  canManage: boolean;
}

export function ClosuresSection({ deskId, closures, canManage }: ClosuresSectionProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ClosureDay | null>(null);
  const [removed, setRemoved] = useState('');
  const day = (closure: ClosureDay) => formatLongDate(closure.date, i18n.language);

  const remove = async () => {
    if (!pending?.closureId) return;
    await removeClosure(deskId, pending.closureId);
    setRemoved(t('calendar.closureRemoved', { date: day(pending) }));
    setPending(null);
    await queryClient.invalidateQueries({ queryKey: calendarQueryKey(deskId) });
  };

  return (
    <section className="mt-5" aria-labelledby="calendar-closures">
      <h2 id="calendar-closures" className="h3">
        {t('calendar.closures')}
      </h2>
      {removed && (
        <Notice color="success" live>
          {removed}
        </Notice>
      )}
      {closures.length === 0 ? (
        <p>{t('calendar.noClosures')}</p>
      ) : (
        <DataTable
          caption={t('calendar.closuresCaption', { count: closures.length })}
          columns={[
            t('calendar.date'),
            t('calendar.reason'),
            t('calendar.kind'),
            ...(canManage ? [t('common.actions')] : []),
          ]}
        >
          {closures.map((closure) => (
            <tr key={`${closure.date}-${closure.kind}`}>
              <th scope="row" className="text-capitalize-first">
                {day(closure)}
              </th>
              <td>{closure.reason}</td>
              <td>{t(`calendar.closureKinds.${closure.kind}`)}</td>
              {canManage && (
                <td className="table-actions">
                  {closure.kind === 'closure' && closure.closureId && (
                    <RowActionButton name={day(closure)} onClick={() => setPending(closure)}>
                      {t('common.remove')}
                    </RowActionButton>
                  )}
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {canManage && <ClosureForm deskId={deskId} />}
      <ConfirmDialog
        isOpen={pending !== null}
        title={t('calendar.removeClosure')}
        confirmLabel={t('calendar.removeClosure')}
        onConfirm={remove}
        onCancel={() => setPending(null)}
      >
        {pending && t('calendar.removeClosureConfirm', { date: day(pending), reason: pending.reason })}
      </ConfirmDialog>
    </section>
  );
}

function ClosureForm({ deskId }: { deskId: string }) {
  const { t, i18n } = useTranslation();
  const { form, onSubmit, error, notice, isBusy } = useCalendarForm<
    z.input<typeof ClosureInput>,
    ClosureInput
  >({
    deskId,
    resolver: zodResolver(ClosureInput),
    defaultValues: { date: '', reason: '' },
    submit: (input) => addClosure(deskId, input),
    done: (input) => t('calendar.closureAdded', { date: formatLongDate(input.date, i18n.language) }),
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="calendar-add-closure" className="mt-4">
      <h3 id="calendar-add-closure" className="h5">
        {t('calendar.addClosure')}
      </h3>
      <FormMessages error={error} notice={notice} />
      <div className="row">
        <TextField
          className="col-12 col-md-4"
          type="date"
          label={t('calendar.date')}
          registration={form.register('date')}
          error={errors.date}
        />
        <TextField
          className="col-12 col-md-8"
          label={t('calendar.reason')}
          hint={t('calendar.reasonHint')}
          registration={form.register('reason')}
          error={errors.reason}
        />
      </div>
      <BusyButton isBusy={isBusy} outline>
        {t('calendar.addClosure')}
      </BusyButton>
    </form>
  );
}
