/**
 * /contatti: a desk's contacts over a few days (today by default), newest
 * first. The desk and dates live in the address; the list loads when the
 * filters are applied (each listing is an audited read).
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DeskView } from '../../../shared/schemas/accounts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { serverNow } from '../../components/useNow';
import { localDate } from '../../i18n/format';
import { useSession } from '../../session/session';
import { DESKS_QUERY, listDesks } from '../desks/desks.api';
import { ContactFiltersForm } from './ContactFiltersForm';
import { ContactsTable } from './ContactsTable';
import { CONTACTS_QUERY, type ContactFilters, listContacts } from './contacts.api';

/** The desks to choose from: the active ones my organisation staffs, or every active one when it staffs none. */
export function useContactDesks() {
  const { user } = useSession();
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks });
  const active = (desks.data ?? []).filter((desk) => desk.isActive);
  const mine = active.filter((desk) => desk.organisations.some((o) => o.id === user?.organisation.id));
  return { query: desks, choices: mine.length > 0 ? mine : active };
}

function filtersFrom(params: URLSearchParams, desks: DeskView[]): ContactFilters | null {
  const desk = desks.find((candidate) => candidate.id === params.get('deskId')) ?? desks[0];
  if (!desk) return null;
  const today = localDate(serverNow(), desk.timezone);
  return { deskId: desk.id, from: params.get('from') ?? today, to: params.get('to') ?? today };
}

export default function ContactsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const desks = useContactDesks();
  const filters = filtersFrom(params, desks.choices);
  const desk = desks.choices.find((candidate) => candidate.id === filters?.deskId);
  const contacts = useQuery({
    queryKey: [...CONTACTS_QUERY, 'list', filters],
    queryFn: () => listContacts(filters as ContactFilters),
    enabled: filters !== null,
  });

  return (
    <>
      <PageHeading title={t('contacts.title')} />
      <ErrorAlert error={desks.query.error} />
      {desks.query.isPending && <Loading />}
      {desks.query.isSuccess && desks.choices.length === 0 && <p>{t('home.noDesks')}</p>}
      {filters && (
        <ContactFiltersForm
          desks={desks.choices}
          value={filters}
          onChange={(next) => setParams({ ...next }, { replace: true })}
        />
      )}
      <ErrorAlert error={contacts.error} />
      {filters && contacts.isPending && <Loading />}
      {contacts.data && desk && filters && (
        <ContactsTable contacts={contacts.data.contacts} desk={desk} filters={filters} />
      )}
    </>
  );
}
