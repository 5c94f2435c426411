/**
 * What the dashboard's filters offer: the desks I may follow (my
 * organisation's, or every active one when it staffs none), the active
 * organisations, the municipalities of residence, the areas of need; and the
 * pilots, which set the default period. Pilots that cannot be read leave the
 * default at the last six months.
 */
import { useQuery } from '@tanstack/react-query';
import { serverNow } from '../../components/useNow';
import { localDate } from '../../i18n/format';
import { useSession } from '../../session/session';
import { DESKS_QUERY, listDesks } from '../desks/desks.api';
import { listMunicipalities, MUNICIPALITIES_QUERY } from '../municipalities/municipalities.api';
import { listOrganisations, ORGANISATIONS_QUERY } from '../organisations/organisations.api';
import { useTerms } from '../vocabularies/useTerms';
import { lastMonths, type Period, pilotOf, pilotPeriod } from './filters';
import { listPilots, PILOTS_QUERY } from './indicators.api';

export function useFilterChoices() {
  const { user } = useSession();
  const desks = useQuery({ queryKey: DESKS_QUERY, queryFn: listDesks });
  const organisations = useQuery({ queryKey: ORGANISATIONS_QUERY, queryFn: listOrganisations });
  const municipalities = useQuery({ queryKey: MUNICIPALITIES_QUERY, queryFn: listMunicipalities });
  const pilots = useQuery({ queryKey: PILOTS_QUERY, queryFn: listPilots, retry: false });
  const terms = useTerms();
  const active = (desks.data ?? []).filter((desk) => desk.isActive);
  const mine = active.filter((desk) => desk.organisations.some((o) => o.id === user?.organisation.id));
  return {
    desks: mine.length > 0 ? mine : active,
    organisations: (organisations.data ?? []).filter((organisation) => organisation.isActive),
    municipalities: municipalities.data ?? [],
    areas: terms.ofKind('area').filter((term) => !term.retired),
    pilots: pilots.data ?? [],
    /** The desks are needed for the period's default; pilots too, unless they failed. */
    isReady: desks.isSuccess && !pilots.isPending,
    error: desks.error,
  };
}

export type FilterChoices = ReturnType<typeof useFilterChoices>;

/** Today where the desks are (they share a zone in practice; Rome when none is known). */
export function todayFor(choices: FilterChoices): string {
  return localDate(serverNow(), choices.desks[0]?.timezone ?? 'Europe/Rome');
}

/** The period when the address names none: the pilot of the chosen desk, else the last six months. */
export function defaultPeriod(params: URLSearchParams, choices: FilterChoices, today: string): Period {
  const deskIds = choices.desks.map((desk) => desk.id);
  const pilot = pilotOf(choices.pilots, params.get('deskId') ?? '', deskIds);
  return pilot ? pilotPeriod(pilot, today) : lastMonths(today, 6);
}
