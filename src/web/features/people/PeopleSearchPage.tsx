/**
 * /persone: find a person by name, birth date, codice fiscale or phone. The
 * search is a POST (names stay out of the address and the logs) and runs on
 * submit only, each one being an audited read. The last results stay in the
 * query cache for a few minutes, so "back" from a person finds them again;
 * signing out clears them with everything else.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PeopleSearch, type PersonMatch } from '../../../shared/schemas/people';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FiltersForm } from '../../components/form/FiltersForm';
import { TextField } from '../../components/form/TextField';
import { PageHeading } from '../../components/PageHeading';
import { PersonMatchesTable } from './PersonMatchesTable';
import { PEOPLE_QUERY, searchPeople } from './people.api';

type Values = z.input<typeof PeopleSearch>;
interface LastSearch {
  values: Values;
  matches: PersonMatch[];
}

const LAST_SEARCH = [...PEOPLE_QUERY, 'lastSearch'] as const;
const EMPTY: Values = { name: '', birthDate: '', codiceFiscale: '', phone: '', limit: 25 };

export default function PeopleSearchPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [last, setLast] = useState(() => queryClient.getQueryData<LastSearch>(LAST_SEARCH));
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values, unknown, z.output<typeof PeopleSearch>>({
    resolver: zodResolver(PeopleSearch),
    defaultValues: last?.values ?? EMPTY,
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (search) => {
    setError(null);
    try {
      const { matches } = await searchPeople(search);
      const result = { values: form.getValues(), matches };
      queryClient.setQueryData(LAST_SEARCH, result);
      setLast(result);
    } catch (caught) {
      setError(caught);
    }
  });

  return (
    <>
      <PageHeading title={t('people.searchTitle')} />
      <p className="lead">{t('people.searchIntro')}</p>
      <FiltersForm
        label={t('people.searchForm')}
        submitLabel={t('people.search')}
        onSubmit={submit}
        noValidate
        rowClassName="align-items-start"
      >
        <TextField
          className="col-12 col-md-6 col-lg-3"
          label={t('people.name')}
          hint={t('people.nameHint')}
          type="search"
          autoComplete="off"
          registration={form.register('name')}
          error={errors.name}
        />
        <TextField
          className="col-12 col-md-6 col-lg-3"
          label={t('people.birthDate')}
          type="date"
          registration={form.register('birthDate')}
          error={errors.birthDate}
        />
        <TextField
          className="col-12 col-md-6 col-lg-3"
          label={t('people.codiceFiscale')}
          autoComplete="off"
          spellCheck={false}
          registration={form.register('codiceFiscale', {
            setValueAs: (value: string) => value.replace(/\s+/g, '').toUpperCase(),
          })}
          error={errors.codiceFiscale}
        />
        <TextField
          className="col-12 col-md-6 col-lg-3"
          label={t('people.phone')}
          type="tel"
          autoComplete="off"
          registration={form.register('phone')}
          error={errors.phone}
        />
      </FiltersForm>
      <ErrorAlert error={error} />
      {last && <PersonMatchesTable matches={last.matches} />}
    </>
  );
}
