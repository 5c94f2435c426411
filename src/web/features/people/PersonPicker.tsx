/**
 * Choosing a person inside another form (a care relation): type a name or a
 * codice fiscale, search (POST, on request only: each search is audited),
 * pick one of the matches. No nested <form>: Enter in the box searches.
 */
import { Button } from 'design-react-kit';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonMatch } from '../../../shared/schemas/people';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldFeedback, useFieldIds } from '../../components/form/FieldFrame';
import type { MaybeFieldError } from '../../components/form/fieldMessage';
import { formatDate, personName } from './format';
import { searchPeople } from './people.api';

export interface PickedPerson {
  id: string;
  name: string;
}

export interface PersonPickerProps {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: MaybeFieldError;
}

const looksLikeCodiceFiscale = (text: string) => /^[A-Za-z0-9]{16}$/.test(text.replace(/\s+/g, ''));

export function PersonPicker({ label, value, onChange, error }: PersonPickerProps) {
  const { t, i18n } = useTranslation();
  const ids = useFieldIds(error, t('people.pickerHint'));
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<PersonMatch[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  /** After a pick the list goes away: focus lands on "choose another" rather than on the page's body. */
  const [hasPicked, setPicked] = useState(false);
  const another = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (hasPicked && value) another.current?.focus();
  }, [hasPicked, value]);

  const search = async () => {
    const query = text.trim();
    if (!query || isBusy) return;
    setBusy(true);
    setFailure(null);
    try {
      const search = looksLikeCodiceFiscale(query) ? { codiceFiscale: query } : { name: query };
      setMatches((await searchPeople(search)).matches);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };

  if (value) {
    return (
      <div className="mb-4">
        <p className="form-legend mb-1">{label}</p>
        <p className="mb-1">
          <strong>{value.name}</strong>{' '}
          <button
            ref={another}
            type="button"
            className="btn btn-outline-primary btn-xs"
            onClick={() => onChange(null)}
          >
            {t('people.pickAnother')}
          </button>
        </p>
      </div>
    );
  }
  return (
    <fieldset className="mb-4" aria-describedby={ids.errorId}>
      <legend className="form-legend">{label}</legend>
      <div className="d-flex flex-wrap align-items-end gap-2">
        <div className="form-group mb-0 flex-grow-1">
          <label htmlFor={ids.control.id} className="active">
            {t('people.pickerSearch')}
          </label>
          <input
            id={ids.control.id}
            type="search"
            className="form-control"
            autoComplete="off"
            aria-describedby={ids.control.describedBy}
            aria-invalid={ids.control.isInvalid}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <Button type="button" color="primary" outline onClick={() => void search()} aria-disabled={isBusy}>
          {t('people.search')}
        </Button>
      </div>
      <FieldFeedback ids={ids} hint={t('people.pickerHint')} />
      <ErrorAlert error={failure} className="mt-2" />
      {matches && matches.length === 0 && <p role="status">{t('people.noMatches')}</p>}
      {matches && matches.length > 0 && (
        <ul className="list-unstyled mt-2" aria-label={t('people.matchesCaption', { count: matches.length })}>
          {matches.map((match) => {
            const name = personName(match) || t('people.anonymised');
            return (
              <li key={match.id} className="mb-1">
                <Button
                  type="button"
                  color="link"
                  className="p-0 text-start"
                  onClick={() => {
                    setPicked(true);
                    onChange({ id: match.id, name });
                  }}
                >
                  {t('people.pickThis', {
                    name,
                    details: [formatDate(match.birthDate, i18n.language), match.codiceFiscale ?? '']
                      .filter(Boolean)
                      .join(', '),
                  })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
