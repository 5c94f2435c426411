/**
 * Recording one consent answer: which consent, yes or no, how it was given
 * (orally, in writing, digitally) and an optional note. The answer is a pair
 * of radios, read as the shared schema's boolean.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CONSENT_KINDS, CONSENT_METHODS } from '../../../shared/contacts';
import { ConsentInput } from '../../../shared/schemas/people';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldFeedback, useFieldIds } from '../../components/form/FieldFrame';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';

const ConsentAnswer = ConsentInput.extend({
  granted: z.enum(['true', 'false'], { error: 'validation.required' }).transform((value) => value === 'true'),
});
type Values = z.input<typeof ConsentAnswer>;
type Answer = z.output<typeof ConsentAnswer>;

export function ConsentForm({ onSubmit }: { onSubmit: (answer: Answer) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm<Values, unknown, Answer>({
    resolver: zodResolver(ConsentAnswer),
    defaultValues: { kind: 'share_with_services', method: 'oral', note: '' },
  });
  const server = useServerErrors(form.setError);
  const { errors } = form.formState;
  const answerIds = useFieldIds(errors.granted);

  const submit = form.handleSubmit(async (answer) => {
    server.clear();
    try {
      await onSubmit(answer);
      form.reset({ kind: answer.kind, method: answer.method, note: '' });
    } catch (caught) {
      server.report(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="mt-4">
      <h3 id={`${id}-title`} className="h5">
        {t('people.consentFormTitle')}
      </h3>
      <ErrorAlert error={server.error} />
      <div className="row">
        <SelectField
          className="col-12 col-md-6"
          label={t('people.consentKind')}
          registration={form.register('kind')}
          error={errors.kind}
        >
          {CONSENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`people.consentKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          className="col-12 col-md-6"
          label={t('people.consentMethod')}
          registration={form.register('method')}
          error={errors.method}
        >
          {CONSENT_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`people.consentMethods.${method}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="mb-3" aria-describedby={answerIds.errorId}>
        <legend className="form-legend">{t('people.consentAnswer')}</legend>
        {(['true', 'false'] as const).map((value) => (
          <div key={value} className="form-check form-check-inline">
            <input
              id={`${id}-${value}`}
              type="radio"
              value={value}
              aria-invalid={answerIds.control.isInvalid}
              {...form.register('granted')}
            />
            <label htmlFor={`${id}-${value}`}>
              {value === 'true' ? t('people.answerGranted') : t('people.answerWithdrawn')}
            </label>
          </div>
        ))}
        <FieldFeedback ids={answerIds} />
      </fieldset>
      <TextField label={t('people.consentNote')} registration={form.register('note')} error={errors.note} />
      <BusyButton isBusy={form.formState.isSubmitting}>{t('people.recordConsent')}</BusyButton>
    </form>
  );
}
