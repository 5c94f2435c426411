/** A coordinator records an extra opening on a date (outside the weekly hours), with an optional note. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ExtraOpeningInput } from '../../../shared/schemas/queue';
import { BusyButton } from '../../components/BusyButton';
import { TextField } from '../../components/form/TextField';
import { formatLongDate } from '../../i18n/format';
import { addExtraOpening } from './calendar.api';
import { FormMessages } from './FormMessages';
import { emptyToNull, useCalendarForm } from './useCalendarForm';

export function ExtraOpeningForm({ deskId }: { deskId: string }) {
  const { t, i18n } = useTranslation();
  const { form, onSubmit, error, notice, isBusy } = useCalendarForm<
    z.input<typeof ExtraOpeningInput>,
    ExtraOpeningInput
  >({
    deskId,
    resolver: zodResolver(ExtraOpeningInput),
    defaultValues: { date: '', opensAt: '09:00', closesAt: '12:00', note: '' },
    submit: (input) => addExtraOpening(deskId, input),
    done: (input) =>
      t('calendar.extraAdded', {
        date: formatLongDate(input.date, i18n.language),
        window: `${input.opensAt}–${input.closesAt}`,
      }),
  });
  const { errors } = form.formState;
  return (
    <section className="mt-5" aria-labelledby="calendar-extra">
      <h2 id="calendar-extra" className="h3">
        {t('calendar.addExtra')}
      </h2>
      <p>{t('calendar.extraIntro')}</p>
      <form onSubmit={onSubmit} noValidate aria-labelledby="calendar-extra">
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
            className="col-6 col-md-2"
            type="time"
            label={t('desks.opensAt')}
            registration={form.register('opensAt')}
            error={errors.opensAt}
          />
          <TextField
            className="col-6 col-md-2"
            type="time"
            label={t('desks.closesAt')}
            registration={form.register('closesAt')}
            error={errors.closesAt}
          />
          <TextField
            className="col-12 col-md-4"
            label={t('calendar.noteOptional')}
            registration={form.register('note', { setValueAs: emptyToNull })}
            error={errors.note}
          />
        </div>
        <BusyButton isBusy={isBusy} outline>
          {t('calendar.addExtra')}
        </BusyButton>
      </form>
    </section>
  );
}
