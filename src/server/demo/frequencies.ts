/**
 * What the demonstration and the synthetic data are drawn from: a seeded
 * random generator and plausible frequencies of areas, need categories,
 * outcomes, age bands and citizenship at a Sportello Sociale, and the eight
 * municipalities of the CISA 31 consortium. Codes are DEFAULT_TERMS codes.
 * Pure: no I/O.
 */
import type { AgeBand, CitizenshipGroup } from '../../shared/contacts';

export type Rand = () => number;

/** A small seeded generator (mulberry32): the same data every time. */
export function seeded(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The eight municipalities of the CISA 31 consortium; ISTAT codes; populations are rounded demo values. */
export const MUNICIPALITIES = [
  { istatCode: '001059', name: 'Carmagnola', population: 28_600 },
  { istatCode: '001058', name: 'Carignano', population: 9_100 },
  { istatCode: '001065', name: 'Castagnole Piemonte', population: 2_200 },
  { istatCode: '001136', name: 'Lombriasco', population: 1_050 },
  { istatCode: '001174', name: 'Osasio', population: 950 },
  { istatCode: '001178', name: 'Pancalieri', population: 1_950 },
  { istatCode: '001193', name: 'Piobesi Torinese', population: 3_800 },
  { istatCode: '001308', name: 'Villastellone', population: 4_700 },
];

export const AREAS = [
  ['poverty_adults', 28],
  ['family_minors', 22],
  ['elderly', 20],
  ['disability', 12],
  ['migrants', 10],
  ['multi_user', 5],
  ['addiction', 3],
] as const;

export const CATEGORIES: Record<string, readonly (readonly [string, number])[]> = {
  poverty_adults: [
    ['economic_support', 40],
    ['housing', 25],
    ['work_training', 20],
    ['administrative', 15],
  ],
  family_minors: [
    ['childcare_school', 30],
    ['economic_support', 25],
    ['family_conflict_violence', 15],
    ['administrative', 30],
  ],
  elderly: [
    ['home_care', 35],
    ['non_self_sufficiency', 30],
    ['loneliness', 15],
    ['health_access', 20],
  ],
  disability: [
    ['disability_benefits', 60],
    ['home_care', 20],
    ['work_training', 20],
  ],
  migrants: [
    ['legal_status', 45],
    ['administrative', 25],
    ['work_training', 15],
    ['housing', 15],
  ],
  multi_user: [
    ['administrative', 50],
    ['other', 50],
  ],
  addiction: [['addiction', 100]],
};

export const OUTCOMES = [
  ['information', 30],
  ['orientation', 18],
  ['practical_support', 15],
  ['listening', 12],
  ['resolved', 8],
  ['referral', 10],
  ['none', 3],
] as const;

export const SERVICES = [
  'Segretariato sociale del Comune',
  'Ufficio casa',
  'Centro per l’impiego di Carmagnola',
  'CAF convenzionato',
  'Servizi scolastici comunali',
  'Banco alimentare',
  'Sportello legale e migranti',
];

export const AGE_BANDS: readonly (readonly [AgeBand, number])[] = [
  ['18-24', 6],
  ['25-34', 14],
  ['35-44', 18],
  ['45-54', 18],
  ['55-64', 14],
  ['65-74', 12],
  ['75-84', 10],
  ['85+', 5],
  ['unknown', 3],
];

export const CITIZENSHIP: readonly (readonly [CitizenshipGroup, number])[] = [
  ['italian', 74],
  ['eu', 8],
  ['non_eu', 18],
];
