/**
 * The fields of a desk: name, address, municipality, time zone, staffing
 * organisations, weekly hours, counters, queue settings and patron day.
 */
import type { Control, FieldErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { DeskInput, MunicipalityView, OrganisationView } from '../../../shared/schemas/accounts';
import { CheckboxGroup } from '../../components/form/CheckboxGroup';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { CountersRows } from './CountersRows';
import { HoursRows } from './HoursRows';
import { QueueSettingsFields } from './QueueSettingsFields';

export type DeskFormValues = z.input<typeof DeskInput>;

export interface DeskFieldsProps {
  control: Control<DeskFormValues>;
  register: UseFormRegister<DeskFormValues>;
  setValue: UseFormSetValue<DeskFormValues>;
  errors: FieldErrors<DeskFormValues>;
  organisations: OrganisationView[];
  municipalities: MunicipalityView[];
}

export function DeskFields({
  control,
  register,
  setValue,
  errors,
  organisations,
  municipalities,
}: DeskFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="row">
        <TextField
          className="col-12 col-md-6"
          label={t('desks.name')}
          required
          registration={register('name')}
          error={errors.name}
        />
        <TextField
          className="col-12 col-md-6"
          label={t('desks.address')}
          required
          registration={register('address')}
          error={errors.address}
        />
        <SelectField
          className="col-12 col-md-6"
          label={t('desks.municipalityOptional')}
          registration={register('municipalityId', { setValueAs: (value: string) => value || null })}
          error={errors.municipalityId}
        >
          <option value="">{t('desks.noMunicipality')}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.id} value={municipality.id}>
              {municipality.name} ({municipality.province})
            </option>
          ))}
        </SelectField>
        <TextField
          className="col-12 col-md-6"
          label={t('desks.timezone')}
          hint={t('desks.timezoneHint')}
          required
          registration={register('timezone')}
          error={errors.timezone}
        />
      </div>
      <CheckboxGroup
        legend={t('desks.staffedBy')}
        options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        registration={register('organisationIds')}
        error={errors.organisationIds}
      />
      <HoursRows control={control} register={register} errors={errors.hours} />
      <CountersRows control={control} register={register} setValue={setValue} errors={errors.counters} />
      <QueueSettingsFields register={register} errors={errors} />
    </>
  );
}
