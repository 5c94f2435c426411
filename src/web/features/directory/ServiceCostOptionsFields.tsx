/** A service's costs (HSDS cost options): item, amount and currency, notes. */
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/TextField';
import { rowLabels } from './rowLabels';
import { ServiceRows } from './ServiceRows';
import { numberOrNull, type ServiceForm } from './serviceForm';

export function ServiceCostOptionsFields({ form }: { form: ServiceForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'costOptions' });
  const errors = form.formState.errors.costOptions;
  return (
    <ServiceRows
      {...rowLabels(t, 'cost', 'costs')}
      rows={fields}
      max={20}
      onAdd={() => append({ option: '', amount: null, currency: 'EUR', amountDescription: '' })}
      onRemove={remove}
      error={errors?.root ?? errors}
    >
      {(index) => (
        <>
          <TextField
            className="col-12 col-md-6"
            label={t('directory.cost.option')}
            maxLength={300}
            registration={form.register(`costOptions.${index}.option`)}
            error={errors?.[index]?.option}
          />
          <TextField
            className="col-6 col-md-3"
            label={t('directory.cost.amount')}
            type="number"
            min={0}
            step="0.01"
            registration={form.register(`costOptions.${index}.amount`, { setValueAs: numberOrNull })}
            error={errors?.[index]?.amount}
          />
          <TextField
            className="col-6 col-md-3"
            label={t('directory.cost.currency')}
            hint={t('directory.cost.currencyHint')}
            maxLength={3}
            registration={form.register(`costOptions.${index}.currency`)}
            error={errors?.[index]?.currency}
          />
          <TextField
            className="col-12"
            label={t('directory.cost.amountDescription')}
            maxLength={500}
            registration={form.register(`costOptions.${index}.amountDescription`)}
            error={errors?.[index]?.amountDescription}
          />
        </>
      )}
    </ServiceRows>
  );
}
