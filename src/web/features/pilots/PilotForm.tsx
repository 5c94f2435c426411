/**
 * New pilot or edit one: desk, name, period, wait target and a target per
 * indicator that has a better direction (≥ or ≤). Shares are typed as
 * percentages and stored as 0–1, like the indicators. A 409 offers to reload.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { INDICATORS } from '../../../shared/indicators';
import type { DeskView } from '../../../shared/schemas/accounts';
import { type Pilot, PilotInput, type PilotValues } from '../../../shared/schemas/indicators';
import { ApiError } from '../../api/client';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { createPilot, PILOTS_QUERY, updatePilot } from './pilots.api';

const TARGETABLE = INDICATORS.filter((i) => i.better !== null);
const toForm = (unit: string, v: number) => (unit === 'share' ? Math.round(v * 1000) / 10 : v);
const fromForm = (unit: string, v: number) => (unit === 'share' ? v / 100 : v);

/** Form values: targets as text per indicator (empty: none). */
interface Values {
  deskId: string;
  name: string;
  startDate: string;
  endDate: string;
  waitTargetMinutes: string;
  targets: Record<string, string>;
}

const valuesOf = (pilot: Pilot | null, deskId: string): Values => ({
  deskId: pilot?.deskId ?? deskId,
  name: pilot?.name ?? '',
  startDate: pilot?.startDate ?? '',
  endDate: pilot?.endDate ?? '',
  waitTargetMinutes: String(pilot?.waitTargetMinutes ?? 30),
  targets: Object.fromEntries(
    TARGETABLE.map((i) => {
      const v = pilot?.targets[i.id];
      return [i.id, v === undefined ? '' : String(toForm(i.unit, v))];
    }),
  ),
});

/** The form's text as the shared PilotInput, so one zod schema checks both sides. */
function asInput(v: Values): PilotInput {
  const targets: Record<string, number> = {};
  for (const i of TARGETABLE) {
    const text = v.targets[i.id]?.trim().replace(',', '.');
    if (text) targets[i.id] = fromForm(i.unit, Number(text));
  }
  return {
    deskId: v.deskId,
    name: v.name,
    startDate: v.startDate,
    endDate: v.endDate || null,
    waitTargetMinutes: Number(v.waitTargetMinutes),
    targets,
  };
}

export interface PilotFormProps {
  pilot: Pilot | null;
  desks: DeskView[];
  onDone: (saved: Pilot | null) => void;
  /** Load the pilot again after a conflict and edit the fresh version. */
  onReload: () => Promise<unknown>;
}

export function PilotForm({ pilot, desks, onDone, onReload }: PilotFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    defaultValues: valuesOf(pilot, desks[0]?.id ?? ''),
    resolver: async (values, context, options) => {
      const result = await zodResolver(PilotInput)(asInput(values) as never, context, options as never);
      return { values: Object.keys(result.errors).length ? {} : values, errors: result.errors } as never;
    },
  });
  const server = useServerErrors(form.setError);
  const errors = form.formState.errors;
  const isConflict = server.error instanceof ApiError && server.error.code === 'conflict';

  const onSubmit = form.handleSubmit(async (values) => {
    server.clear();
    const input = PilotInput.parse(asInput(values)) as PilotValues;
    try {
      const saved = pilot
        ? await updatePilot(pilot.id, { ...input, version: pilot.version })
        : await createPilot(input);
      await queryClient.invalidateQueries({ queryKey: PILOTS_QUERY });
      onDone(saved);
    } catch (error) {
      server.report(error);
    }
  });

  /** The fresh record replaces this form (the parent re-keys it by version). */
  const reload = () => onReload();

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="pilot-form-title">
      <h2 id="pilot-form-title" className="h4">
        {pilot ? t('pilots.editNamed', { name: pilot.name }) : t('pilots.new')}
      </h2>
      <ErrorAlert error={server.error} />
      {isConflict && (
        <p>
          {t('pilots.conflict')}{' '}
          <Button color="secondary" size="sm" type="button" onClick={reload}>
            {t('pilots.reload')}
          </Button>
        </p>
      )}
      <SelectField label={t('pilots.desk')} registration={form.register('deskId')} error={errors.deskId}>
        {desks.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t('pilots.name')} registration={form.register('name')} error={errors.name} />
      <div className="row">
        <TextField
          className="col-md-4"
          type="date"
          label={t('pilots.startDate')}
          registration={form.register('startDate')}
          error={errors.startDate}
        />
        <TextField
          className="col-md-4"
          type="date"
          label={t('pilots.endDate')}
          hint={t('pilots.endDateHint')}
          registration={form.register('endDate')}
          error={errors.endDate}
        />
        <TextField
          className="col-md-4"
          type="number"
          min={1}
          label={t('pilots.waitTargetMinutes')}
          hint={t('pilots.waitTargetHint')}
          registration={form.register('waitTargetMinutes')}
          error={errors.waitTargetMinutes}
        />
      </div>
      <fieldset className="mb-4">
        <legend className="h5">{t('pilots.targets')}</legend>
        <p className="form-text">{t('pilots.targetsHint')}</p>
        <div className="row">
          {TARGETABLE.map((i) => (
            <TextField
              key={i.id}
              className="col-md-6"
              inputMode="decimal"
              label={`${t(`indicators.${i.id}.label`)} (${t(`pilots.units.${i.unit}`)})`}
              hint={t(i.better === 'higher' ? 'pilots.targetAtLeast' : 'pilots.targetAtMost')}
              registration={form.register(`targets.${i.id}`)}
              error={(errors.targets as Record<string, { message?: string }> | undefined)?.[i.id]}
            />
          ))}
        </div>
      </fieldset>
      <div className="d-flex gap-3">
        <BusyButton isBusy={form.formState.isSubmitting}>{t('common.save')}</BusyButton>
        <Button color="secondary" outline type="button" onClick={() => onDone(null)}>
          {t('pilots.cancelEdit')}
        </Button>
      </div>
    </form>
  );
}
