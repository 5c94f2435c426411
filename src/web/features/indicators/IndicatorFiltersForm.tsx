/**
 * The dashboard's filters: period (with quick buttons), desk, organisation,
 * municipality, area, and the comparison with the previous period. Applied
 * on submit (or by a quick button), into the address.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'design-react-kit';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LocalDate } from '../../../shared/schemas/common';
import { FiltersForm } from '../../components/form/FiltersForm';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { termLabel } from '../vocabularies/useTerms';
import { type DashboardFilters, pilotOf, QUICK_PERIODS, type QuickPeriod, quickPeriod } from './filters';
import type { FilterChoices } from './useFilterChoices';

const FiltersInput = z
  .object({
    from: LocalDate,
    to: LocalDate,
    deskId: z.string(),
    organisationId: z.string(),
    municipalityId: z.string(),
    areaCode: z.string(),
    compare: z.boolean(),
  })
  .refine((filters) => filters.from <= filters.to, { error: 'validation.endBeforeStart', path: ['to'] });

export interface IndicatorFiltersFormProps {
  value: DashboardFilters;
  choices: FilterChoices;
  today: string;
  onChange: (filters: DashboardFilters) => void;
}

export function IndicatorFiltersForm({ value, choices, today, onChange }: IndicatorFiltersFormProps) {
  const { t, i18n } = useTranslation();
  const compareId = useId();
  const form = useForm<DashboardFilters>({ resolver: zodResolver(FiltersInput), defaultValues: value });
  // The address is the truth: when it changes (applied, back, forward), the fields show it again.
  const applied = JSON.stringify(value);
  useEffect(() => form.reset(JSON.parse(applied) as DashboardFilters), [applied, form]);
  // A quick Back can return to the filters last shown before the applied ones were ever rendered:
  // then nothing above changes while the fields still hold what was chosen, so reset at Back too.
  useEffect(() => {
    const show = () => form.reset(JSON.parse(applied) as DashboardFilters);
    window.addEventListener('popstate', show);
    return () => window.removeEventListener('popstate', show);
  }, [applied, form]);
  const { errors } = form.formState;
  const deskIds = choices.desks.map((desk) => desk.id);
  const pilot = pilotOf(choices.pilots, form.watch('deskId'), deskIds);
  const applyPeriod = (kind: QuickPeriod) => {
    const period = quickPeriod(kind, today, pilot);
    if (!period) return;
    form.setValue('from', period.from);
    form.setValue('to', period.to);
    void form.handleSubmit(onChange)();
  };
  const cols = 'col-12 col-md-6 col-lg-3';
  return (
    <FiltersForm
      label={t('dashboard.filters')}
      submitLabel={t('dashboard.apply')}
      onSubmit={form.handleSubmit(onChange)}
      noValidate
      rowClassName="align-items-start"
    >
      <TextField
        className={cols}
        label={t('dashboard.from')}
        type="date"
        registration={form.register('from')}
        error={errors.from}
      />
      <TextField
        className={cols}
        label={t('dashboard.to')}
        type="date"
        registration={form.register('to')}
        error={errors.to}
      />
      <div className="col-12 col-lg-6 mb-4">
        <fieldset>
          <legend className="form-legend h6 mb-2">{t('dashboard.quickPeriods')}</legend>
          <div className="d-flex flex-wrap gap-2">
            {QUICK_PERIODS.map((kind) => (
              <Button
                key={kind}
                type="button"
                color="primary"
                outline
                size="xs"
                disabled={kind === 'pilot' && !pilot}
                onClick={() => applyPeriod(kind)}
              >
                {t(`dashboard.quick.${kind}`)}
              </Button>
            ))}
          </div>
        </fieldset>
      </div>
      <SelectField className={cols} label={t('dashboard.desk')} registration={form.register('deskId')}>
        <option value="">{t('dashboard.allDesks')}</option>
        {choices.desks.map((desk) => (
          <option key={desk.id} value={desk.id}>
            {desk.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        className={cols}
        label={t('dashboard.organisation')}
        registration={form.register('organisationId')}
      >
        <option value="">{t('dashboard.allOrganisations')}</option>
        {choices.organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        className={cols}
        label={t('dashboard.municipality')}
        registration={form.register('municipalityId')}
      >
        <option value="">{t('dashboard.allMunicipalities')}</option>
        {choices.municipalities.map((municipality) => (
          <option key={municipality.id} value={municipality.id}>
            {municipality.name}
          </option>
        ))}
      </SelectField>
      <SelectField className={cols} label={t('dashboard.area')} registration={form.register('areaCode')}>
        <option value="">{t('dashboard.allAreas')}</option>
        {choices.areas.map((area) => (
          <option key={area.code} value={area.code}>
            {termLabel(area, i18n.language)}
          </option>
        ))}
      </SelectField>
      <div className="col-12 mb-4">
        <div className="form-check">
          <input id={compareId} type="checkbox" {...form.register('compare')} />
          <label htmlFor={compareId}>{t('dashboard.compare')}</label>
        </div>
      </div>
    </FiltersForm>
  );
}
