/** Where a service is: the HSDS location of each place, address and (optionally) coordinates. */
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/TextField';
import { rowLabels } from './rowLabels';
import { ServiceRows } from './ServiceRows';
import { numberOrNull, type ServiceForm } from './serviceForm';

type LocationText = 'name' | 'address1' | 'city' | 'postalCode' | 'stateProvince' | 'country';

const TEXTS: { field: LocationText; className: string; maxLength: number; hint?: boolean }[] = [
  { field: 'name', className: 'col-12 col-md-6', maxLength: 200 },
  { field: 'address1', className: 'col-12 col-md-6', maxLength: 300 },
  { field: 'postalCode', className: 'col-6 col-md-3', maxLength: 20 },
  { field: 'city', className: 'col-6 col-md-3', maxLength: 120 },
  { field: 'stateProvince', className: 'col-6 col-md-3', maxLength: 120 },
  { field: 'country', className: 'col-6 col-md-3', maxLength: 2, hint: true },
];

export function ServiceLocationsFields({ form }: { form: ServiceForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'locations' });
  const errors = form.formState.errors.locations;
  return (
    <ServiceRows
      {...rowLabels(t, 'location', 'locations')}
      rows={fields}
      max={20}
      onAdd={() =>
        append({
          name: '',
          address1: '',
          city: '',
          postalCode: '',
          stateProvince: '',
          country: 'IT',
          latitude: null,
          longitude: null,
        })
      }
      onRemove={remove}
      error={errors?.root ?? errors}
    >
      {(index) => (
        <>
          {TEXTS.map(({ field, className, maxLength, hint }) => (
            <TextField
              key={field}
              className={className}
              label={t(`directory.location.${field}`)}
              hint={hint ? t(`directory.location.${field}Hint`) : undefined}
              maxLength={maxLength}
              registration={form.register(`locations.${index}.${field}`)}
              error={errors?.[index]?.[field]}
            />
          ))}
          {(['latitude', 'longitude'] as const).map((field) => (
            <TextField
              key={field}
              className="col-6 col-md-3"
              label={t(`directory.location.${field}`)}
              type="number"
              step="any"
              registration={form.register(`locations.${index}.${field}`, { setValueAs: numberOrNull })}
              error={errors?.[index]?.[field]}
            />
          ))}
        </>
      )}
    </ServiceRows>
  );
}
