/**
 * Pick a service by typing: a labelled text field whose words search the
 * directory (accent-insensitive on the server), with the matches listed
 * under it as buttons. Choosing one hands it to the caller. The field stays
 * free text: the caller decides whether a typed name alone is enough
 * (orientation) or a chosen service is required (referral).
 */
import { useQuery } from '@tanstack/react-query';
import { type InputHTMLAttributes, type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceSummary } from '../../../shared/schemas/directory';
import { useDebounced } from '../banco/contact/useDebounced';
import { DIRECTORY_QUERY, searchServices } from './directory.api';

export interface ServiceSearchFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'onSelect'> {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (text: string) => void;
  onChoose: (service: ServiceSummary) => void;
  /** Hide the list (e.g. once the typed text is exactly the chosen service). */
  chosenId?: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

export function ServiceSearchField({
  label,
  hint,
  error,
  value,
  onChange,
  onChoose,
  chosenId,
  inputRef,
  ...input
}: ServiceSearchFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const q = useDebounced(value.trim(), 250);
  const results = useQuery({
    queryKey: [...DIRECTORY_QUERY, 'search', q],
    queryFn: () => searchServices({ q, status: 'active', limit: 8 }),
    enabled: q.length >= 2 && !chosenId,
    staleTime: 60_000,
  });
  const found = results.data?.services ?? [];
  // Chosen (or typed exactly): the list has done its job.
  const isSettled = Boolean(chosenId) || found.some((service) => service.name === value.trim());
  const services = isSettled ? [] : found;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        autoComplete="off"
        className={`form-control${error ? ' is-invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId, `${id}-count`].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...input}
      />
      {hint && (
        <small id={hintId} className="form-text">
          {hint}
        </small>
      )}
      {error && (
        <div id={errorId} className="invalid-feedback d-block">
          {error}
        </div>
      )}
      <div id={`${id}-count`} className="visually-hidden" role="status">
        {q.length >= 2 && results.data && !isSettled
          ? t('directory.matches', { count: services.length })
          : ''}
      </div>
      {services.length > 0 && (
        <ul className="list-group mt-1" aria-label={t('directory.suggestions')}>
          {services.map((service) => (
            <li key={service.id} className="list-group-item p-0">
              <button
                type="button"
                className="btn btn-link text-start w-100 px-3 py-2"
                data-testid="service-suggestion"
                onClick={() => onChoose(service)}
              >
                {service.name}
                <span className="d-block small text-muted">{service.organisationName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
