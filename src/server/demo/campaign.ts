/**
 * The launch campaign of the demo desk: public contact details, one tag of
 * its own beside the default ones, and about eight weeks of visit counts to
 * the public pages (aggregates per day, tag and language, as the public
 * pages store them): posters and flyers bring visits that fade week by week,
 * each social post a short burst, typed addresses a steady trickle.
 * Deterministic (seeded), so every demo shows the same figures.
 */
import { type Ctx, localNow } from '../context';
import { addVisitCounts, createTag, savePublicInfo } from '../modules/campaign/campaign.service';
import { seeded as random } from './frequencies';

const WEEKS = 8;
/** Cumulative shares of the languages readers choose. */
const LANGUAGES: [string, number][] = [
  ['it', 0.68],
  ['ar', 0.78],
  ['ro', 0.87],
  ['sq', 0.93],
  ['en', 0.97],
  ['fr', 1],
];
/** Days (counted from the campaign's start) on which the desk posted on social media. */
const SOCIAL_POSTS = [1, 15, 36];

function language(rand: () => number): string {
  const draw = rand();
  return LANGUAGES.find(([, upTo]) => draw < upTo)![0];
}

/** Visits a tag brings on the campaign's day `day` (0 = start). */
function expected(tag: string, day: number): number {
  const week = Math.floor(day / 7);
  switch (tag) {
    case 'manifesto':
      return 9 * 0.8 ** week;
    case 'volantino':
      return 5 * 0.75 ** week;
    case 'mercato':
      return day >= 21 && (day - 21) % 7 < 2 ? 6 : 0.4;
    case 'social':
      return SOCIAL_POSTS.reduce((sum, post) => sum + (day >= post ? 30 * 0.45 ** (day - post) : 0), 0);
    default:
      return 3 + week * 0.5;
  }
}

/** Demo campaign for the desk; `coordinator` acts for an organisation staffing it. */
export async function seedCampaign(coordinator: Ctx, deskId: string, seed = 7): Promise<void> {
  const actor = coordinator.actor!;
  await savePublicInfo(coordinator, deskId, {
    phone: '011 972 4211',
    email: 'sportello.sociale@comune.carmagnola.to.it',
    accessibilityUrl: null,
  });
  await createTag(
    coordinator,
    deskId,
    { code: 'mercato', label: 'Volantini al mercato del venerdì', medium: 'flyer' },
    'it',
  );
  const rand = random(seed);
  const start = localNow(coordinator).startOf('day').minus({ weeks: WEEKS });
  const counts: { date: string; tag: string; lang: string; visits: number }[] = [];
  for (let day = 0; day < WEEKS * 7; day++) {
    const date = start.plus({ days: day }).toISODate() as string;
    for (const tag of ['manifesto', 'volantino', 'mercato', 'social', '']) {
      const visits = Math.round(expected(tag, day) * (0.6 + rand() * 0.8));
      for (let v = 0; v < visits; v++) counts.push({ date, tag, lang: language(rand), visits: 1 });
    }
  }
  await addVisitCounts(coordinator, actor.tenantId, deskId, counts);
}
