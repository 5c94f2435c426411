/**
 * The demo's contacts: for every ticket served in the replayed six months the
 * operator records a contact through the real service (which also finishes
 * the ticket), and now and then a phone call. Areas, categories and outcomes
 * follow plausible frequencies; residents come from the eight municipalities
 * in proportion to their population; about a third of identified people come
 * back, and some are already in care with the Consorzio or the ASL.
 * Deterministic: the same seed gives the same demo.
 */
import cf from 'codice-fiscale-js';
import { DateTime } from 'luxon';
import type { DeskView } from '../../shared/schemas/accounts';
import type { Actor, Ctx } from '../context';
import { createCareRelation } from '../modules/care/care.service';
import { createContact } from '../modules/contacts/contacts.service';
import { createPerson } from '../modules/contacts/people.service';
import { AGE_BANDS, AREAS, CATEGORIES, CITIZENSHIP, OUTCOMES, SERVICES } from './frequencies';

const { CodiceFiscale } = cf as unknown as { CodiceFiscale: typeof import('codice-fiscale-js').default };

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
function weighted<T>(rand: Rand, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return items[items.length - 1]![0];
}

const GIVEN_F = [
  'Maria',
  'Anna',
  'Giuseppina',
  'Rosa',
  'Angela',
  'Lucia',
  'Fatima',
  'Elena',
  'Ioana',
  'Sara',
  'Chiara',
];
const GIVEN_M = [
  'Giuseppe',
  'Mario',
  'Luigi',
  'Antonio',
  'Francesco',
  'Mohamed',
  'Andrei',
  'Paolo',
  'Youssef',
  'Marco',
];
const FAMILY = [
  'Rossi',
  'Bianco',
  'Ferrero',
  'Russo',
  'Gallo',
  'Costa',
  'Fontana',
  'Colombo',
  'Ricci',
  'Marino',
  'Greco',
  'Bruno',
  'Conti',
  'El Amrani',
  'Popescu',
  'Benali',
  'Hoxha',
  'Giordano',
  'Rinaldi',
  'Moretti',
];

export interface ContactStoryOptions {
  desk: DeskView;
  operators: Actor[];
  coordinator: Actor;
  /** Organisations a person may be in care with, with a case worker each. */
  carers: {
    organisationId: string;
    serviceName: string;
    caseWorkerName: string;
    caseWorkerUserId: string | null;
  }[];
  municipalities: { id: string; population: number }[];
}

export type FinishHook = (ctx: Ctx, actor: Actor, ticketId: string) => Promise<void>;

/** Builds the people pool at the start of the history and returns the hook that records each served ticket. */
export async function contactStory(tx: Ctx, rand: Rand, options: ContactStoryOptions): Promise<FinishHook> {
  const { desk, operators } = options;
  const municipality = () =>
    weighted(
      rand,
      options.municipalities.map((m) => [m.id, m.population] as const),
    );
  const recorder = operators[0]!;
  const pool: { id: string; inCare: string | null }[] = [];
  for (let i = 0; i < 140; i++) {
    const female = rand() < 0.55;
    const givenName = pick(rand, female ? GIVEN_F : GIVEN_M);
    const familyName = pick(rand, FAMILY);
    const birth = DateTime.fromObject({
      year: 1935 + Math.floor(rand() * 70),
      month: 1 + Math.floor(rand() * 12),
      day: 1 + Math.floor(rand() * 28),
    });
    const bornHere = rand() < 0.7;
    const codiceFiscale =
      bornHere && rand() < 0.8
        ? CodiceFiscale.compute({
            name: givenName,
            surname: familyName,
            gender: female ? 'F' : 'M',
            day: birth.day,
            month: birth.month,
            year: birth.year,
            birthplace: rand() < 0.5 ? 'Carmagnola' : 'Torino',
            birthplaceProvincia: 'TO',
          })
        : null;
    try {
      const person = await createPerson(
        { ...tx, actor: recorder },
        {
          givenName,
          familyName,
          codiceFiscale,
          birthDate: birth.toISODate(),
          sex: female ? 'female' : 'male',
          birthPlace: null,
          phone:
            rand() < 0.6
              ? `+39 3${Math.floor(rand() * 1e9)
                  .toString()
                  .padStart(9, '0')}`
              : null,
          email: null,
          municipalityId: municipality(),
          citizenshipGroup: bornHere ? 'italian' : weighted(rand, CITIZENSHIP.slice(1)),
          consents: {
            method: rand() < 0.7 ? 'oral' : 'written',
            privacyNotice: true,
            recordData: true,
            shareWithServices: rand() < 0.8,
            contactForFeedback: rand() < 0.4,
          },
        },
      );
      pool.push({ id: person.id, inCare: null });
    } catch {
      // Two random people with the same codice fiscale: keep the first.
    }
  }
  for (const entry of pool.filter(() => rand() < 0.15)) {
    const carer = pick(rand, options.carers);
    const relation = await createCareRelation(
      { ...tx, actor: options.coordinator },
      {
        personId: entry.id,
        ...carer,
        caseWorkerContact: null,
        startDate: DateTime.fromJSDate(tx.now())
          .minus({ months: 6 + Math.floor(rand() * 30) })
          .toISODate()!,
        endDate: null,
        externalRef: null,
      },
    );
    entry.inCare = relation.id;
  }

  const requestFor = (inCare: string | null) => {
    const areaCode = weighted(rand, AREAS);
    const categoryCode = weighted(rand, CATEGORIES[areaCode]!);
    if (inCare && rand() < 0.5) {
      return {
        areaCode,
        categoryCode,
        description: null,
        outcomeCode: 'routed_to_own_worker',
        serviceName: null,
        careRelationId: inCare,
        messageToCaseWorker: null,
      };
    }
    const outcomeCode = weighted(rand, OUTCOMES);
    return {
      areaCode,
      categoryCode,
      description: null,
      outcomeCode,
      serviceName: outcomeCode === 'orientation' ? pick(rand, SERVICES) : null,
      careRelationId: null,
      messageToCaseWorker: null,
    };
  };

  const record = async (ctx: Ctx, actor: Actor, ticketId: string | null) => {
    const identified = rand() < 0.45 && pool.length > 0;
    const person = identified ? pick(rand, rand() < 0.35 ? pool.slice(0, 40) : pool) : null;
    const requests = Array.from(
      {
        length: weighted(rand, [
          [1, 75],
          [2, 20],
          [3, 5],
        ] as const),
      },
      () => requestFor(person?.inCare ?? null),
    );
    const other = operators.find((o) => o.userId !== actor.userId);
    await createContact(
      { ...ctx, actor },
      {
        deskId: desk.id,
        ticketId,
        startedAt: null,
        draftKey: null,
        channel: ticketId
          ? 'walk_in'
          : weighted(rand, [
              ['phone', 80],
              ['email', 15],
              ['outreach', 5],
            ] as const),
        visitorType: weighted(rand, [
          ['self', 75],
          ['family', 15],
          ['relative_friend_neighbour', 4],
          ['professional', 4],
          ['volunteer', 2],
        ] as const),
        personId: person?.id ?? null,
        profile: {
          ageBand: weighted(rand, AGE_BANDS),
          sex: rand() < 0.56 ? 'female' : 'male',
          municipalityId: municipality(),
          citizenshipGroup: weighted(rand, CITIZENSHIP),
        },
        requests,
        heardFrom:
          rand() < 0.65
            ? weighted(rand, [
                ['poster_flyer', 20],
                ['web_social', 10],
                ['other_service', 25],
                ['word_of_mouth', 30],
                ['knew_offices', 15],
              ] as const)
            : null,
        language: rand() < 0.9 ? 'it' : pick(rand, ['ar', 'ro', 'en', 'fr', 'sq']),
        interpreter: rand() < 0.04,
        operatorIds: other && rand() < 0.35 ? [actor.userId, other.userId] : [actor.userId],
        note: null,
        noteConfidential: false,
      },
    );
  };

  return async (ctx, actor, ticketId) => {
    await record(ctx, actor, ticketId);
    if (rand() < 0.08) await record(ctx, actor, null);
  };
}
