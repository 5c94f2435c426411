/**
 * Correct the times of one opening (it started early, ended late, or the
 * reverse): the record the pilot's figures are computed from.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'design-react-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { OpeningAdjustment, type OpeningWindow } from '../../../shared/schemas/queue';
import { BusyButton } from '../../components/BusyButton';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldMessage } from '../../components/form/fieldMessage';
import { TextField } from '../../components/form/TextField';
import { formatLongDate, wallClock } from '../../i18n/format';
import { adjustOpening } from './calendar.api';
import { emptyToNull, useCalendarForm } from './useCalendarForm';

export interface AdjustOpeningDialogProps {
  deskId: string;
  timezone: string;
  /** The opening being corrected; none while the dialog is closed. */
  opening: OpeningWindow | null;
  onClose: (notice?: string) => void;
}

export function AdjustOpeningDialog({ deskId, timezone, opening, onClose }: AdjustOpeningDialogProps) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog
      isOpen={opening !== null}
      title={t('calendar.adjustTitle')}
      onClose={() => onClose()}
      footer={
        <>
          <Button type="button" color="secondary" outline onClick={() => onClose()}>
            {t('common.cancel')}
          </Button>
          <AdjustSubmit />
        </>
      }
    >
      {opening && (
        <>
          <p>{t('calendar.adjustIntro', { date: formatLongDate(opening.date, i18n.language) })}</p>
          <AdjustForm deskId={deskId} timezone={timezone} opening={opening} onClose={onClose} />
        </>
      )}
    </Dialog>
  );
}

const FORM_ID = 'adjust-opening-form';

function AdjustSubmit() {
  const { t } = useTranslation();
  return (
    <BusyButton isBusy={false} form={FORM_ID}>
      {t('common.save')}
    </BusyButton>
  );
}

function AdjustForm({
  deskId,
  timezone,
  opening,
  onClose,
}: AdjustOpeningDialogProps & { opening: OpeningWindow }) {
  const { t, i18n } = useTranslation();
  const notes = useId();
  const { form, onSubmit, error } = useCalendarForm<z.input<typeof OpeningAdjustment>, OpeningAdjustment>({
    deskId,
    resolver: zodResolver(OpeningAdjustment),
    defaultValues: {
      scheduledStart: opening.scheduledStart,
      opensAt: wallClock(opening.start, timezone),
      closesAt: wallClock(opening.end, timezone),
      note: opening.note ?? '',
    },
    submit: (input) => adjustOpening(deskId, input),
    done: (input) =>
      t('calendar.adjusted', {
        date: formatLongDate(opening.date, i18n.language),
        window: `${input.opensAt}–${input.closesAt}`,
      }),
    onSaved: onClose,
  });
  const { errors } = form.formState;
  // The opening itself is not a field: a refusal about it is said on top.
  const openingProblem = useFieldMessage(errors.scheduledStart);
  return (
    <form id={FORM_ID} onSubmit={onSubmit} noValidate aria-describedby={notes}>
      <ErrorAlert error={error} />
      {openingProblem && (
        <div className="alert alert-danger" role="alert">
          {openingProblem}
        </div>
      )}
      <p id={notes} className="form-text">
        {t('calendar.adjustHint')}
      </p>
      <div className="row">
        <TextField
          className="col-6"
          type="time"
          label={t('desks.opensAt')}
          registration={form.register('opensAt')}
          error={errors.opensAt}
        />
        <TextField
          className="col-6"
          type="time"
          label={t('desks.closesAt')}
          registration={form.register('closesAt')}
          error={errors.closesAt}
        />
        <TextField
          className="col-12"
          label={t('calendar.noteOptional')}
          registration={form.register('note', { setValueAs: emptyToNull })}
          error={errors.note}
        />
      </div>
    </form>
  );
}
