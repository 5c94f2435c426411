/**
 * The frequencies synthetic data is drawn from: the demo's (frequencies.ts),
 * as fast precomputed draws, plus what only the generator needs (ticket
 * fates, referral statuses, feedback scores). Codes are DEFAULT_TERMS codes.
 * Pure: no I/O.
 */
import type { CitizenshipGroup } from '../../shared/contacts';
import {
  AGE_BANDS,
  AREAS,
  CATEGORIES,
  CITIZENSHIP as CITIZENSHIP_WEIGHTS,
  MUNICIPALITIES,
  OUTCOMES,
  type Rand,
  SERVICES,
} from './frequencies';

export { type Rand, seeded } from './frequencies';

/** A weighted choice, precomputed once: draws cost one pass over a short array. */
export function weights<T>(items: readonly (readonly [T, number])[]): (rand: Rand) => T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let running = 0;
  const bounds = items.map(([, w]) => (running += w / total));
  return (rand) => {
    const r = rand();
    for (let i = 0; i < bounds.length; i++) if (r < bounds[i]!) return items[i]![0];
    return items[items.length - 1]![0];
  };
}

export const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

export const PILOT_MUNICIPALITIES = MUNICIPALITIES;
export const AREA = weights(AREAS);
export const CATEGORY: Record<string, (rand: Rand) => string> = Object.fromEntries(
  Object.entries(CATEGORIES).map(([area, items]) => [area, weights(items)]),
);
export const OUTCOME = weights(OUTCOMES);
export const ORIENTATION_SERVICES = SERVICES;
export const AGE_BAND = weights(AGE_BANDS);
export const CITIZENSHIP = weights(CITIZENSHIP_WEIGHTS);

export const FOREIGN_CITIZENSHIP = weights<CitizenshipGroup>([
  ['eu', 8],
  ['non_eu', 18],
]);

export const REQUEST_COUNT = weights([
  [1, 75],
  [2, 20],
  [3, 5],
] as const);

export const REMOTE_CHANNEL = weights([
  ['phone', 80],
  ['email', 15],
  ['outreach', 5],
] as const);

export const VISITOR_TYPE = weights([
  ['self', 75],
  ['family', 15],
  ['relative_friend_neighbour', 4],
  ['professional', 4],
  ['volunteer', 2],
] as const);

export const HEARD_FROM = weights([
  ['poster_flyer', 20],
  ['web_social', 10],
  ['other_service', 25],
  ['word_of_mouth', 30],
  ['knew_offices', 15],
] as const);

export const OTHER_LANGUAGES = ['ar', 'ro', 'en', 'fr', 'sq'];

/** Given names of the demo; family names are obviously synthetic ("Esempio …"). */
export const GIVEN_F = ['Maria', 'Anna', 'Giuseppina', 'Rosa', 'Angela', 'Lucia', 'Fatima', 'Elena', 'Ioana'];
export const GIVEN_M = ['Giuseppe', 'Mario', 'Luigi', 'Antonio', 'Francesco', 'Mohamed', 'Andrei', 'Paolo'];
export const SYNTHETIC_SYLLABLES = [
  'ba',
  'co',
  'di',
  'fe',
  'ga',
  'lo',
  'mi',
  'no',
  'pe',
  'ri',
  'sa',
  'tu',
  'vi',
];

/** What a referral ended as, with the reason a receiving service gives where one is mandatory. */
export const REFERRAL_FATE = weights([
  ['completed', 35],
  ['accepted', 18],
  ['in-progress', 12],
  ['rejected', 12],
  ['requested', 8],
  ['cancelled', 6],
  ['failed', 4],
  ['on-hold', 5],
] as const);
export const REFERRAL_REASONS: Record<string, string> = {
  rejected: 'Non di competenza del servizio',
  cancelled: 'La persona ha rinunciato',
  failed: 'La persona non si è presentata',
  'on-hold': 'In attesa di documentazione',
};

export const FEEDBACK_SCORE = weights([
  [1, 3],
  [2, 5],
  [3, 12],
  [4, 35],
  [5, 45],
] as const);

export const CARERS = [
  'Area anziani e non autosufficienza',
  'Area minori e famiglie',
  'Centro di salute mentale',
];
