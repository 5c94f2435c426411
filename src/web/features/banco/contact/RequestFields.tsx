/**
 * One request: area → need category (only those of the area) → short
 * description → outcome as a row of buttons. An orientation asks which
 * service; "sent to their own case worker" (offered only when the person is
 * in care) asks which care relation, and offers a message to the case worker
 * when they have an account here, or shows how to reach them otherwise.
 */
import { Button } from 'design-react-kit';
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { OUTCOME } from '../../../../shared/contacts';
import type { CareRelationView } from '../../../../shared/schemas/people';
import { useFieldMessage } from '../../../components/form/fieldMessage';
import { TextField } from '../../../components/form/TextField';
import { ServiceSearchField } from '../../directory/ServiceSearchField';
import { ChipGroup } from './ChipGroup';
import type { ContactFormValues, ContactOutput } from './contactForm';
import { OwnWorkerFields } from './OwnWorkerFields';
import type { Vocabulary } from './vocabulary';

export interface RequestFieldsProps {
  form: UseFormReturn<ContactFormValues, unknown, ContactOutput>;
  index: number;
  count: number;
  vocabulary: Vocabulary;
  /** The identified person's active care relations (none when anonymous). */
  careRelations: CareRelationView[];
  onRemove: () => void;
}

export function RequestFields({
  form,
  index,
  count,
  vocabulary,
  careRelations,
  onRemove,
}: RequestFieldsProps) {
  const { t } = useTranslation();
  const { control, register } = form;
  const path = `requests.${index}` as const;
  const request = form.watch(path);
  const errors = form.formState.errors.requests?.[index];
  const serviceNameError = useFieldMessage(errors?.serviceName);
  const categories = request.areaCode
    ? vocabulary.choices('need_category', { areaCode: request.areaCode, keep: request.categoryCode })
    : [];
  const outcomes = vocabulary
    .choices('outcome', { keep: request.outcomeCode })
    .filter((outcome) => outcome.value !== OUTCOME.routedToOwnWorker || careRelations.length > 0);

  const box = useRef<HTMLFieldSetElement>(null);

  const chooseArea = (areaCode: string) => {
    const stillOffered = vocabulary
      .choices('need_category', { areaCode })
      .some((category) => category.value === request.categoryCode);
    if (!stillOffered) form.setValue(`${path}.categoryCode`, '', { shouldDirty: true });
  };

  const chooseOutcome = (outcomeCode: string | null) => {
    if (outcomeCode === OUTCOME.routedToOwnWorker && !request.careRelationId && careRelations.length === 1)
      form.setValue(`${path}.careRelationId`, careRelations[0]?.id ?? null, { shouldDirty: true });
    // Orientation: typing continues in "which service", focused at once (react-hook-form's setFocus waits a tick).
    if (outcomeCode === OUTCOME.orientation)
      box.current?.querySelector<HTMLInputElement>('[data-testid="service-name"]')?.focus();
  };

  const revalidate = form.formState.isSubmitted;
  return (
    <fieldset ref={box} className="contact-request" data-testid={`request-${index}`}>
      <legend className="contact-request-legend">
        {count > 1 ? t('contactForm.requestNumber', { number: index + 1 }) : t('contactForm.requestOne')}
      </legend>
      <Controller
        control={control}
        name={`${path}.areaCode`}
        render={({ field, fieldState }) => (
          <ChipGroup
            legend={t('contactForm.area')}
            choices={vocabulary.choices('area', { keep: field.value })}
            value={field.value}
            inputRef={field.ref}
            error={fieldState.error}
            testId="area-chip"
            onChange={(value) => {
              field.onChange(value ?? '');
              chooseArea(value ?? '');
            }}
          />
        )}
      />
      <Controller
        control={control}
        name={`${path}.categoryCode`}
        render={({ field, fieldState }) =>
          categories.length > 0 ? (
            <ChipGroup
              legend={t('contactForm.category')}
              choices={categories}
              value={field.value}
              inputRef={field.ref}
              error={fieldState.error}
              testId="category-chip"
              onChange={(value) => field.onChange(value ?? '')}
            />
          ) : (
            <p className="banco-ticket-meta mb-3">
              {t('contactForm.categoryAfterArea')}
              {fieldState.error && (
                <span className="visually-hidden"> {t('contactForm.chooseCategory')}</span>
              )}
            </p>
          )
        }
      />
      <TextField
        label={t('contactForm.description')}
        autoComplete="off"
        maxLength={500}
        registration={register(`${path}.description`)}
        error={errors?.description}
      />
      <Controller
        control={control}
        name={`${path}.outcomeCode`}
        render={({ field, fieldState }) => (
          <>
            <ChipGroup
              legend={t('contactForm.outcome')}
              choices={outcomes}
              value={field.value}
              inputRef={field.ref}
              error={fieldState.error}
              testId="outcome"
              variant="buttons"
              onChange={(value) => {
                flushSync(() => field.onChange(value ?? ''));
                chooseOutcome(value);
              }}
            />
            {/* Drawn from the outcome's own field, so they are on screen as soon as the choice is flushed. */}
            {field.value === OUTCOME.orientation && (
              <Controller
                control={control}
                name={`${path}.serviceName`}
                render={({ field: service }) => (
                  <ServiceSearchField
                    label={t('contactForm.serviceName')}
                    hint={t('contactForm.serviceNameHint')}
                    error={serviceNameError}
                    required
                    maxLength={200}
                    value={service.value ?? ''}
                    inputRef={service.ref}
                    onBlur={service.onBlur}
                    onChange={service.onChange}
                    onChoose={(chosen) => service.onChange(chosen.name)}
                    data-testid="service-name"
                  />
                )}
              />
            )}
            {field.value === OUTCOME.referral && (
              <p className="banco-ticket-meta mb-3" data-testid="referral-after-save">
                {t('referrals.afterSaveHint')}
              </p>
            )}
            {field.value === OUTCOME.routedToOwnWorker && (
              <OwnWorkerFields
                form={form}
                index={index}
                careRelations={careRelations}
                revalidate={revalidate}
              />
            )}
          </>
        )}
      />
      {count > 1 && (
        <Button type="button" color="danger" outline size="xs" onClick={onRemove}>
          {t('contactForm.removeRequest', { number: index + 1 })}
        </Button>
      )}
    </fieldset>
  );
}
