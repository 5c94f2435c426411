/**
 * The requests of the contact being edited, one fieldset each: area, the
 * categories offered under that area, the outcome, a description, the
 * service pointed to (orientation) and the care relation (already in care).
 */
import { Button } from 'design-react-kit';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CareRelationView } from '../../../shared/schemas/people';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { BLANK_REQUEST, type ContactEdit, type ContactEditValues } from './contactForm';
import { TermSelect } from './TermSelect';

export interface RequestRowsProps {
  form: UseFormReturn<ContactEditValues, unknown, ContactEdit>;
  /** The person's care relations, for "routed to their own worker"; none for an anonymous contact. */
  careRelations: CareRelationView[];
}

export function RequestRows({ form, careRelations }: RequestRowsProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'requests' });
  const errors = form.formState.errors.requests;

  return (
    <section aria-labelledby="contact-edit-requests" className="mt-4">
      <h2 id="contact-edit-requests" className="h4">
        {t('contacts.requestsTitle')}
      </h2>
      {errors?.root?.message || errors?.message ? (
        <div className="invalid-feedback d-block mb-2" role="alert">
          {t(errors?.root?.message ?? errors?.message ?? '')}
        </div>
      ) : null}
      {fields.map((field, index) => {
        const row = form.watch(`requests.${index}`);
        const rowErrors = errors?.[index];
        const legend = t('contacts.requestN', { n: index + 1 });
        return (
          <fieldset key={field.id} className="border rounded p-3 mb-3">
            <legend className="form-legend h6 float-none w-auto px-2">{legend}</legend>
            <div className="row">
              <TermSelect
                className="col-12 col-md-4"
                kind="area"
                label={t('contacts.area')}
                required
                current={row?.areaCode}
                emptyLabel={t('common.choose')}
                registration={form.register(`requests.${index}.areaCode`)}
                error={rowErrors?.areaCode}
              />
              <TermSelect
                className="col-12 col-md-4"
                kind="need_category"
                label={t('contacts.category')}
                required
                current={row?.categoryCode}
                filter={(term) => term.areaCodes.length === 0 || term.areaCodes.includes(row?.areaCode ?? '')}
                emptyLabel={t('common.choose')}
                registration={form.register(`requests.${index}.categoryCode`)}
                error={rowErrors?.categoryCode}
              />
              <TermSelect
                className="col-12 col-md-4"
                kind="outcome"
                label={t('contacts.outcome')}
                required
                current={row?.outcomeCode}
                emptyLabel={t('common.choose')}
                registration={form.register(`requests.${index}.outcomeCode`)}
                error={rowErrors?.outcomeCode}
              />
              <TextField
                className="col-12"
                label={t('contacts.description')}
                registration={form.register(`requests.${index}.description`)}
                error={rowErrors?.description}
              />
              <TextField
                className="col-12 col-md-6"
                label={t('contacts.serviceName')}
                hint={t('contacts.serviceNameHint')}
                registration={form.register(`requests.${index}.serviceName`)}
                error={rowErrors?.serviceName}
              />
              <SelectField
                className="col-12 col-md-6"
                label={t('contacts.careRelation')}
                hint={t('contacts.careRelationHint')}
                disabled={careRelations.length === 0}
                registration={form.register(`requests.${index}.careRelationId`)}
                error={rowErrors?.careRelationId}
              >
                <option value="">{t('contacts.noCareRelation')}</option>
                {careRelations.map((relation) => (
                  <option key={relation.id} value={relation.id}>
                    {relation.serviceName} · {relation.caseWorkerName}
                  </option>
                ))}
              </SelectField>
            </div>
            {fields.length > 1 && (
              <Button type="button" color="danger" outline size="xs" onClick={() => remove(index)}>
                {t('contacts.removeRequest')}
                <span className="visually-hidden"> {legend}</span>
              </Button>
            )}
          </fieldset>
        );
      })}
      {fields.length < 10 && (
        <Button type="button" color="primary" outline size="sm" onClick={() => append(BLANK_REQUEST)}>
          {t('contacts.addRequest')}
        </Button>
      )}
    </section>
  );
}
