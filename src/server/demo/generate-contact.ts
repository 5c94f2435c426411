/**
 * One synthetic contact: its 1–3 requests (the demo's area, category and
 * outcome mix), the operators who handled it (joint when both organisations),
 * the person when identified (a per-desk pool of synthetic people who come
 * back; some already in care), and for referral outcomes a referral with its
 * status history and the bounces it causes (re-referred after a rejection,
 * or came back after a referral that never reached accepted).
 */
import { ageBandOf, normaliseName } from '../../shared/contacts';
import * as mix from './generate-mix';
import { cameBack, refer } from './generate-referral';
import type { ContactInput, DeskState, Gen, Operator, Person } from './generate-state';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

interface Present {
  operator: Operator;
  from: number;
  to: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function newPerson(g: Gen, desk: DeskState, date: string, at: number, createdBy: string): Person {
  const female = g.rand() < 0.55;
  const given = mix.pick(g.rand, female ? mix.GIVEN_F : mix.GIVEN_M);
  const family = `Esempio ${capital(mix.pick(g.rand, mix.SYNTHETIC_SYLLABLES) + mix.pick(g.rand, mix.SYNTHETIC_SYLLABLES))}`;
  const age = 18 + Math.floor(g.rand() * 72);
  const birthDate = `${Number(date.slice(0, 4)) - age}-${String(1 + Math.floor(g.rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(g.rand() * 28)).padStart(2, '0')}`;
  const person: Person = {
    id: g.id(at),
    birthDate,
    sex: female ? 'female' : 'male',
    municipalityId: desk.municipality(g.rand),
    citizenship: mix.CITIZENSHIP(g.rand),
    inCare: null,
    referrals: null,
  };
  const name = `${normaliseName(family)} ${normaliseName(given)}`;
  const stamp = iso(at);
  g.writer.add(
    'people',
    g.tenantId,
    person.id,
    given,
    family,
    name,
    birthDate,
    person.sex,
    person.municipalityId,
    person.citizenship,
    'desk',
    createdBy,
    stamp,
    stamp,
  );
  g.writer.add('rollup_person_numbers', g.tenantId, person.id, g.personNumber());
  if (g.rand() < 0.15) {
    person.inCare = g.id(at);
    const since = new Date(Date.parse(date) - (180 + g.rand() * 900) * DAY).toISOString().slice(0, 10);
    const organisation = mix.pick(g.rand, g.careOrganisations);
    const service = mix.pick(g.rand, mix.CARERS);
    const worker = 'Assistente sociale (dato sintetico)';
    g.writer.add(
      'care_relations',
      g.tenantId,
      person.inCare,
      person.id,
      organisation,
      service,
      worker,
      since,
      'manual',
      stamp,
      stamp,
    );
  }
  desk.people.push(person);
  return person;
}

/** The person of an identified contact: someone who came before (40%), else someone new; never twice a day. */
function identify(g: Gen, desk: DeskState, date: string, seen: Set<string>, at: number, by: string): Person {
  const pool = desk.people;
  if (pool.length > 0 && g.rand() < 0.4) {
    const frequent = g.rand() < 0.35;
    const index = frequent
      ? Math.max(0, pool.length - 1 - Math.floor(g.rand() * 200))
      : Math.floor(g.rand() * pool.length);
    const person = pool[index]!;
    if (!seen.has(person.id)) return person;
  }
  return newPerson(g, desk, date, at, by);
}
/** Record one contact with its requests, operators, person and referrals; returns how many requests it has. */
export function recordContact(
  g: Gen,
  desk: DeskState,
  date: string,
  seen: Set<string>,
  input: ContactInput,
  present: Present[],
): number {
  const { operator, start, end } = input;
  const count = mix.REQUEST_COUNT(g.rand);
  const areas: string[] = [];
  const outcomes: string[] = [];
  for (let i = 0; i < count; i++) {
    areas.push(mix.AREA(g.rand));
    outcomes.push(mix.OUTCOME(g.rand));
  }
  const isReferral = outcomes.includes('referral');
  const person =
    g.rand() < (isReferral ? 0.9 : 0.42) ? identify(g, desk, date, seen, start, operator.userId) : null;
  if (person) seen.add(person.id);

  const others = present.filter((s) => s.operator !== operator && s.from <= start && s.to > start);
  const partner = others.find((s) => s.operator.org !== operator.org);
  const second =
    partner && g.rand() < 0.35
      ? partner.operator
      : others.length > 0 && g.rand() < 0.04
        ? others[0]!.operator
        : null;
  const isJoint = second !== null && second.org !== operator.org;
  const heard = g.rand() < 0.65 ? mix.HEARD_FROM(g.rand) : null;
  const language = g.rand() < 0.9 ? 'it' : mix.pick(g.rand, mix.OTHER_LANGUAGES);
  const stamp = iso(end);
  g.writer.add(
    'contacts',
    g.tenantId,
    input.id,
    desk.id,
    input.openingId,
    date,
    input.channel ?? mix.REMOTE_CHANNEL(g.rand),
    mix.VISITOR_TYPE(g.rand),
    person?.id ?? null,
    person ? ageBandOf(person.birthDate, date) : mix.AGE_BAND(g.rand),
    person?.sex ?? (g.rand() < 0.56 ? 'female' : 'male'),
    person?.municipalityId ?? desk.municipality(g.rand),
    person?.citizenship ?? mix.CITIZENSHIP(g.rand),
    heard,
    language,
    language !== 'it' && g.rand() < 0.4 ? 1 : 0,
    isJoint ? 1 : 0,
    iso(start),
    stamp,
    operator.userId,
    stamp,
    stamp,
  );
  g.writer.add('contact_operators', g.tenantId, input.id, operator.userId, operator.organisationId);
  if (second) g.writer.add('contact_operators', g.tenantId, input.id, second.userId, second.organisationId);

  if (person) cameBack(g, desk.id, person, areas, input.id, start);
  for (let i = 0; i < count; i++) {
    const area = areas[i]!;
    const category = mix.CATEGORY[area]!(g.rand);
    let outcome = outcomes[i]!;
    let careRelation: string | null = null;
    if (person?.inCare && g.rand() < 0.5) [outcome, careRelation] = ['routed_to_own_worker', person.inCare];
    else if (outcome === 'referral' && !person) outcome = 'orientation';
    const service = outcome === 'orientation' ? mix.pick(g.rand, mix.ORIENTATION_SERVICES) : null;
    const requestId = g.id(end);
    g.writer.add(
      'contact_requests',
      g.tenantId,
      requestId,
      input.id,
      i,
      area,
      category,
      outcome,
      service,
      careRelation,
      stamp,
    );
    if (outcome === 'referral' && person)
      refer(g, desk, person, [input.id, requestId], [area, category], operator, end + MINUTE, date);
  }
  return count;
}
