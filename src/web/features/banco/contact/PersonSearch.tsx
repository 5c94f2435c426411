/**
 * Find the person while typing: one box (name, codice fiscale, birth date or
 * phone, see searchCriteria), results as a listbox moved through with the
 * arrow keys and chosen with Enter (ARIA combobox pattern); each shows name,
 * birth date, municipality and whether they are already in care. Below it,
 * "new person" for someone not found. Names go to the server in a POST body.
 */
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, type Ref, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonMatch } from '../../../../shared/schemas/people';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { searchPeople } from '../contacts.api';
import { formatShortDate } from './dates';
import { searchCriteria } from './searchCriteria';
import { useDebounced } from './useDebounced';

export interface PersonSearchProps {
  onSelect: (match: PersonMatch) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** What was typed, kept by the parent so "new person" can start from it. */
  text: string;
  onTextChange: (text: string) => void;
  /** The server's problem with the person, shown under the box. */
  errorMessage?: string;
  shortcut: string;
}

export function PersonSearch({
  onSelect,
  inputRef,
  text,
  onTextChange,
  errorMessage,
  shortcut,
}: PersonSearchProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [active, setActive] = useState(0);
  const [isOpen, setOpen] = useState(true);
  const criteria = searchCriteria(useDebounced(text, 250));
  const search = useQuery({
    queryKey: ['banco', 'people-search', criteria],
    queryFn: () => searchPeople(criteria!),
    enabled: criteria !== null,
    staleTime: 30_000,
  });
  const matches = criteria ? (search.data?.matches ?? []) : [];
  const isShown = isOpen && matches.length > 0 && text.trim().length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (match: PersonMatch | undefined) => {
    if (!match) return;
    onSelect(match);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((at) => (matches.length === 0 ? 0 : (at + step + matches.length) % matches.length));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (isShown) choose(matches[active]);
    } else if (event.key === 'Escape' && isShown) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const status = !criteria
    ? ''
    : search.isFetching && !search.data
      ? t('common.loading')
      : t('contactForm.searchResults', { count: matches.length });

  return (
    <div className="person-search">
      <div className="form-group mb-2">
        <label htmlFor={`${id}-input`} className="active">
          {t('contactForm.searchLabel')}
          <span className="shortcut-hint" aria-hidden="true">
            <kbd>{shortcut}</kbd>
          </span>
        </label>
        <input
          id={`${id}-input`}
          ref={inputRef}
          type="search"
          className={`form-control${errorMessage ? ' is-invalid' : ''}`}
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={isShown}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={isShown ? optionId(active) : undefined}
          aria-describedby={`${id}-hint ${id}-status${errorMessage ? ` ${id}-error` : ''}`}
          aria-invalid={errorMessage ? true : undefined}
          aria-keyshortcuts={shortcut}
          data-testid="person-search"
          data-autofocus
          value={text}
          onChange={(event) => {
            onTextChange(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        <small id={`${id}-hint`} className="form-text">
          {t('contactForm.searchHint')}
        </small>
        {errorMessage && (
          <div id={`${id}-error`} className="invalid-feedback d-block">
            {errorMessage}
          </div>
        )}
      </div>
      <p id={`${id}-status`} className="visually-hidden" role="status">
        {status}
      </p>
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('contactForm.searchResultsLabel')}
        hidden={!isShown}
        className="person-results"
      >
        {matches.map((match, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys (aria-activedescendant)
          <div
            key={match.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={`person-result${index === active ? ' is-active' : ''}`}
            data-testid="person-result"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(match)}
          >
            <span className="fw-semibold">
              {match.familyName} {match.givenName}
            </span>
            <span className="person-result-meta">
              {match.birthDate && formatShortDate(match.birthDate, i18n.language)}
              {match.municipalityName && ` · ${match.municipalityName}`}
            </span>
            {match.inCare && <span className="badge badge-in-care">{t('contactForm.inCare')}</span>}
          </div>
        ))}
      </div>
      {criteria && search.isSuccess && matches.length === 0 && (
        <p className="banco-ticket-meta mb-2">{t('contactForm.noMatches')}</p>
      )}
      <ErrorAlert error={search.error} />
    </div>
  );
}
