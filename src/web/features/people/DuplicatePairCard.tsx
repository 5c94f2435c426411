/**
 * Two records that may be one person: what each holds, why they look alike,
 * and which one to keep (the other's contacts and care relations move to it).
 */
import { Button } from 'design-react-kit';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { DuplicatePair, PersonSummary } from '../../../shared/schemas/people';
import { formatDate, personName } from './format';

type Pair = z.infer<typeof DuplicatePair>;

export function DuplicatePairCard({
  pair,
  onMerge,
}: {
  pair: Pair;
  onMerge: (keep: PersonSummary, merge: PersonSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [keepId, setKeepId] = useState(pair.a.id);
  const people = [pair.a, pair.b];
  const keep = keepId === pair.a.id ? pair.a : pair.b;
  const merge = keepId === pair.a.id ? pair.b : pair.a;
  const name = (person: PersonSummary) => personName(person) || t('people.anonymised');
  const pairName = t('people.pairName', { a: name(pair.a), b: name(pair.b) });

  return (
    <fieldset className="card card-bg shadow-sm mb-3 p-3">
      <legend className="form-legend h5 mb-2">{pairName}</legend>
      <p className="small mb-2">
        {t('people.sameAs', {
          reasons: pair.reasons.map((reason) => t(`people.duplicateReasons.${reason}`)).join(', '),
        })}
      </p>
      <div className="row">
        {people.map((person) => (
          <div key={person.id} className="col-12 col-md-6">
            <div className="form-check">
              <input
                id={`${id}-${person.id}`}
                name={id}
                type="radio"
                checked={keepId === person.id}
                onChange={() => setKeepId(person.id)}
              />
              <label htmlFor={`${id}-${person.id}`}>{t('people.keepThis', { name: name(person) })}</label>
            </div>
            <ul className="small list-unstyled ms-4">
              <li>
                {t('people.birthDate')}: {formatDate(person.birthDate, i18n.language)}
              </li>
              <li>
                {t('people.codiceFiscale')}: {person.codiceFiscale ?? '—'}
              </li>
              <li>
                {t('people.municipality')}: {person.municipalityName ?? '—'}
              </li>
              {person.inCare && <li>{t('people.inCare')}</li>}
              <li>
                <Link to={`/persone/${person.id}`}>
                  {t('people.openRecord')}
                  <span className="visually-hidden"> {name(person)}</span>
                </Link>
              </li>
            </ul>
          </div>
        ))}
      </div>
      <div>
        <Button type="button" color="primary" size="sm" onClick={() => onMerge(keep, merge)}>
          {t('people.merge')}
          <span className="visually-hidden"> {pairName}</span>
        </Button>
      </div>
    </fieldset>
  );
}
