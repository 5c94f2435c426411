/**
 * The rest of the visit: how they heard of the desk (optional), the language
 * of the conversation (the kiosk ticket's by default; any ISO 639 code under
 * "other") and whether an interpreter helped; then the note, which may be
 * kept to my own organisation.
 */
import { useId } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CONVERSATION_LANGUAGES } from '../../../../shared/contacts';
import { FieldFeedback, useFieldIds } from '../../../components/form/FieldFrame';
import { ChipGroup } from './ChipGroup';
import type { ContactFormValues, ContactOutput } from './contactForm';
import type { Vocabulary } from './vocabulary';

const OTHER = 'other';

function languageName(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    return code;
  }
}

export interface DetailsSectionProps {
  form: UseFormReturn<ContactFormValues, unknown, ContactOutput>;
  vocabulary: Vocabulary;
  organisationName: string;
}

export function DetailsSection({ form, vocabulary, organisationName }: DetailsSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const noteIds = useFieldIds(form.formState.errors.note);
  return (
    <section className="contact-section" aria-labelledby="contact-details-title">
      <h3 id="contact-details-title" className="h6 contact-section-title">
        {t('contactForm.detailsTitle')}
      </h3>
      <Controller
        control={form.control}
        name="heardFrom"
        render={({ field, fieldState }) => (
          <ChipGroup
            legend={t('contactForm.heardFrom')}
            hint={t('contactForm.optionalChoice')}
            choices={vocabulary.choices('heard_from', { keep: field.value })}
            value={field.value}
            inputRef={field.ref}
            error={fieldState.error}
            isOptional
            testId="heard-chip"
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={form.control}
        name="language"
        render={({ field, fieldState }) => <LanguageField {...field} error={fieldState.error} />}
      />
      <div className="form-check mb-3">
        <input id={`${id}-interpreter`} type="checkbox" {...form.register('interpreter')} />
        <label htmlFor={`${id}-interpreter`}>{t('contactForm.interpreter')}</label>
      </div>
      <div className="form-group mb-1">
        <label htmlFor={noteIds.control.id} className="active">
          {t('contactForm.note')}
        </label>
        <textarea
          id={noteIds.control.id}
          className={`form-control${noteIds.control.isInvalid ? ' is-invalid' : ''}`}
          rows={3}
          maxLength={2000}
          aria-invalid={noteIds.control.isInvalid}
          aria-describedby={noteIds.control.describedBy}
          {...form.register('note')}
        />
        <FieldFeedback ids={noteIds} />
      </div>
      <div className="form-check mb-3">
        <input id={`${id}-confidential`} type="checkbox" {...form.register('noteConfidential')} />
        <label htmlFor={`${id}-confidential`}>
          {t('contactForm.noteConfidential', { organisation: organisationName })}
        </label>
      </div>
    </section>
  );
}

interface LanguageFieldProps {
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error?: { message?: string };
}

function LanguageField({ value, onChange, onBlur, error }: LanguageFieldProps) {
  const { t, i18n } = useTranslation();
  const isListed = (CONVERSATION_LANGUAGES as readonly string[]).includes(value);
  const selectIds = useFieldIds(isListed ? error : undefined);
  const otherIds = useFieldIds(isListed ? undefined : error, t('contactForm.languageOtherHint'));
  return (
    <div className="row g-2 mb-2">
      <div className="select-wrapper col-12 col-md-6">
        <label htmlFor={selectIds.control.id}>{t('contactForm.language')}</label>
        <select
          id={selectIds.control.id}
          value={isListed ? value : OTHER}
          aria-invalid={selectIds.control.isInvalid}
          aria-describedby={selectIds.control.describedBy}
          onBlur={onBlur}
          onChange={(event) => onChange(event.target.value === OTHER ? '' : event.target.value)}
        >
          {CONVERSATION_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
          <option value={OTHER}>{t('contactForm.languageOther')}</option>
        </select>
        <FieldFeedback ids={selectIds} />
      </div>
      {!isListed && (
        <div className="form-group col-12 col-md-6 mb-0">
          <label htmlFor={otherIds.control.id} className="active">
            {t('contactForm.languageCode')}
          </label>
          <input
            id={otherIds.control.id}
            className={`form-control${otherIds.control.isInvalid ? ' is-invalid' : ''}`}
            value={value}
            maxLength={3}
            autoComplete="off"
            aria-invalid={otherIds.control.isInvalid}
            aria-describedby={otherIds.control.describedBy}
            onBlur={onBlur}
            onChange={(event) => onChange(event.target.value.trim().toLowerCase())}
          />
          <FieldFeedback ids={otherIds} hint={t('contactForm.languageOtherHint')} />
          {value.length >= 2 && (
            <small className="form-text d-block">{languageName(value, i18n.language)}</small>
          )}
        </div>
      )}
    </div>
  );
}
