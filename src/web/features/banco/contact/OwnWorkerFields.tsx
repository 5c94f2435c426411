/**
 * "Already in care: sent to their own case worker": which care relation
 * (service, organisation, case worker), then a message to that case worker
 * when they have an account here, or their work contact to call instead.
 * Never anything of the case itself.
 */
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CareRelationView } from '../../../../shared/schemas/people';
import { FieldFeedback, useFieldIds } from '../../../components/form/FieldFrame';
import type { ContactFormValues, ContactOutput } from './contactForm';

export interface OwnWorkerFieldsProps {
  form: UseFormReturn<ContactFormValues, unknown, ContactOutput>;
  index: number;
  careRelations: CareRelationView[];
  revalidate: boolean;
}

export function OwnWorkerFields({ form, index, careRelations, revalidate }: OwnWorkerFieldsProps) {
  const { t } = useTranslation();
  const path = `requests.${index}` as const;
  const errors = form.formState.errors.requests?.[index];
  const chosenId = form.watch(`${path}.careRelationId`);
  const chosen = careRelations.find((relation) => relation.id === chosenId);
  const relationIds = useFieldIds(errors?.careRelationId);
  const messageIds = useFieldIds(errors?.messageToCaseWorker, t('contactForm.messageHint'));
  const relationField = form.register(`${path}.careRelationId`);
  return (
    <div className="own-worker mb-3">
      <fieldset className="mb-2" aria-describedby={relationIds.errorId}>
        <legend className="chip-group-legend">{t('contactForm.careRelation')}</legend>
        {careRelations.map((relation, at) => (
          <div key={relation.id} className="form-check">
            <input
              id={`${relationIds.control.id}-${at}`}
              type="radio"
              value={relation.id}
              aria-invalid={relationIds.control.isInvalid}
              {...relationField}
              onChange={(event) => {
                void relationField.onChange(event);
                if (revalidate) void form.trigger(`${path}.careRelationId`);
              }}
            />
            <label htmlFor={`${relationIds.control.id}-${at}`}>
              {t('contactForm.careRelationOption', {
                service: relation.serviceName,
                organisation: relation.organisationName,
                worker: relation.caseWorkerName,
              })}
            </label>
          </div>
        ))}
        <FieldFeedback ids={relationIds} />
      </fieldset>
      {chosen?.caseWorkerUserId ? (
        <div className="form-group mb-2">
          <label htmlFor={messageIds.control.id} className="active">
            {t('contactForm.messageToCaseWorker', { worker: chosen.caseWorkerName })}
          </label>
          <textarea
            id={messageIds.control.id}
            className={`form-control${messageIds.control.isInvalid ? ' is-invalid' : ''}`}
            rows={2}
            maxLength={1000}
            aria-invalid={messageIds.control.isInvalid}
            aria-describedby={messageIds.control.describedBy}
            {...form.register(`${path}.messageToCaseWorker`)}
          />
          <FieldFeedback ids={messageIds} hint={t('contactForm.messageHint')} />
        </div>
      ) : (
        chosen && (
          <p className="alert alert-info mb-2">
            {chosen.caseWorkerContact
              ? t('contactForm.callCaseWorker', {
                  worker: chosen.caseWorkerName,
                  contact: chosen.caseWorkerContact,
                })
              : t('contactForm.caseWorkerNoContact', {
                  worker: chosen.caseWorkerName,
                  organisation: chosen.organisationName,
                })}
          </p>
        )
      )}
    </div>
  );
}
