/**
 * The organisations created at setup: a list of name + kind rows, at least
 * one, two to start with (the pilot's municipality and consortium).
 */
import { Button } from 'design-react-kit';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS } from '../../../shared/roles';
import { useFieldMessage } from '../../components/form/fieldMessage';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import type { SetupFormValues } from './SetupForm';

const MAX_ORGANISATIONS = 20;

export function OrganisationRows() {
  const { t } = useTranslation();
  const { control, register, formState } = useFormContext<SetupFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'organisations' });
  const errors = formState.errors.organisations;
  const listMessage = useFieldMessage(errors?.root ?? errors);

  return (
    <section className="mt-4" aria-labelledby="setup-organisations">
      <h2 className="h3" id="setup-organisations">
        {t('setup.organisationsHeading')}
      </h2>
      <p>{t('setup.organisationsIntro')}</p>
      {listMessage && (
        <div className="invalid-feedback d-block mb-3" role="alert">
          {listMessage}
        </div>
      )}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="border rounded p-3 mb-3">
          <legend className="h5 float-none w-auto px-2">
            {t('setup.organisationNumber', { number: index + 1 })}
          </legend>
          <div className="row align-items-end">
            <TextField
              className="col-12 col-md-6"
              label={t('organisations.name')}
              required
              registration={register(`organisations.${index}.name`)}
              error={errors?.[index]?.name}
            />
            <SelectField
              className="col-12 col-md-4"
              label={t('organisations.kind')}
              registration={register(`organisations.${index}.kind`)}
              error={errors?.[index]?.kind}
            >
              {ORGANISATION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`organisationKinds.${kind}`)}
                </option>
              ))}
            </SelectField>
            <div className="col-12 col-md-2 mb-4">
              <Button
                type="button"
                color="danger"
                outline
                size="sm"
                disabled={fields.length <= 1}
                onClick={() => remove(index)}
                aria-label={t('setup.removeOrganisation', { number: index + 1 })}
              >
                {t('common.remove')}
              </Button>
            </div>
          </div>
        </fieldset>
      ))}
      <Button
        type="button"
        color="primary"
        outline
        disabled={fields.length >= MAX_ORGANISATIONS}
        onClick={() => append({ name: '', kind: 'altro' })}
      >
        {t('setup.addOrganisation')}
      </Button>
    </section>
  );
}
