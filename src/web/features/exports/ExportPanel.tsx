/**
 * Exports of the dashboard's period and filters: what (indicators, the
 * pseudonymised dataset, the joint evaluation report), the format, the CSV
 * separator, small-cell suppression (on unless switched off) and, for the
 * dataset, a pseudonym key. Files are made in the background; the log below
 * polls every second while one is being prepared.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EXPORT_KINDS, type ExportInput, type IndicatorQuery } from '../../../shared/schemas/indicators';
import { BusyButton } from '../../components/BusyButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/form/SelectField';
import { TextField } from '../../components/form/TextField';
import { useServerErrors } from '../../components/form/useServerErrors';
import { Notice } from '../../components/Notice';
import { ExportLog } from './ExportLog';
import { EXPORTS_QUERY, listExports, requestExport } from './exports.api';

interface Values {
  kind: (typeof EXPORT_KINDS)[number];
  format: 'csv' | 'xlsx' | 'pdf';
  separator: 'semicolon' | 'comma';
  suppress: boolean;
  pseudonymKey: string;
}

const FORMATS = { indicators: ['xlsx', 'csv'], dataset: ['csv', 'xlsx'], report: ['pdf'] } as const;

export function ExportPanel({ query }: { query: IndicatorQuery }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [requested, setRequested] = useState(false);
  const jobs = useQuery({
    queryKey: EXPORTS_QUERY,
    queryFn: listExports,
    refetchInterval: (q) =>
      q.state.data?.some((j) => j.status === 'queued' || j.status === 'running') ? 1000 : false,
  });
  const form = useForm<Values>({
    defaultValues: {
      kind: 'indicators',
      format: 'xlsx',
      separator: 'semicolon',
      suppress: true,
      pseudonymKey: '',
    },
  });
  const server = useServerErrors(form.setError);
  const kind = form.watch('kind');
  const format = form.watch('format');
  const errors = form.formState.errors;

  const onKind = (next: Values['kind']) => {
    form.setValue('kind', next);
    form.setValue('format', FORMATS[next][0]);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    server.clear();
    setRequested(false);
    const input: ExportInput = {
      kind: values.kind,
      format: values.format,
      separator: values.separator,
      suppress: values.suppress,
      pseudonymKey: values.kind === 'dataset' ? values.pseudonymKey || null : null,
      query,
    };
    try {
      await requestExport(input);
      setRequested(true);
      await queryClient.invalidateQueries({ queryKey: EXPORTS_QUERY });
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <section aria-labelledby={`${id}-title`} className="my-4">
      <h2 id={`${id}-title`} className="h4">
        {t('exports.title')}
      </h2>
      <p>{t('exports.intro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <ErrorAlert error={server.error} />
        <fieldset className="mb-3">
          <legend className="h6">{t('exports.what')}</legend>
          {EXPORT_KINDS.map((k) => (
            <div className="form-check" key={k}>
              <input
                type="radio"
                id={`${id}-kind-${k}`}
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => onKind(k)}
              />
              <label htmlFor={`${id}-kind-${k}`}>{t(`exports.kinds.${k}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="row">
          <SelectField
            className="col-md-4"
            label={t('exports.format')}
            registration={form.register('format')}
            error={errors.format}
          >
            {FORMATS[kind].map((f) => (
              <option key={f} value={f}>
                {f.toUpperCase()}
              </option>
            ))}
          </SelectField>
          {format === 'csv' && (
            <SelectField
              className="col-md-4"
              label={t('exports.separator')}
              registration={form.register('separator')}
              error={errors.separator}
            >
              <option value="semicolon">{t('exports.separators.semicolon')}</option>
              <option value="comma">{t('exports.separators.comma')}</option>
            </SelectField>
          )}
        </div>
        <div className="form-check mb-3">
          <input
            type="checkbox"
            id={`${id}-suppress`}
            aria-describedby={`${id}-suppress-hint`}
            {...form.register('suppress')}
          />
          <label htmlFor={`${id}-suppress`}>{t('exports.suppress')}</label>
          <p id={`${id}-suppress-hint`} className="form-text">
            {t('exports.suppressHint')}
          </p>
        </div>
        {kind === 'dataset' && (
          <TextField
            label={t('exports.pseudonymKey')}
            hint={t('exports.pseudonymKeyHint')}
            autoComplete="off"
            registration={form.register('pseudonymKey')}
            error={errors.pseudonymKey}
          />
        )}
        <BusyButton isBusy={form.formState.isSubmitting}>{t('exports.prepare')}</BusyButton>
        {requested && (
          <Notice color="success" live className="mt-3">
            {t('exports.requested')}
          </Notice>
        )}
      </form>
      <ExportLog jobs={jobs.data ?? []} />
    </section>
  );
}
