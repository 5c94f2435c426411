/**
 * The public site and the launch campaign (issue 7): the languages residents
 * read it in, the pages it has, and the campaign tags printed in QR links.
 * No I/O: server pages, materials and the staff app share these.
 */
import { z } from 'zod';

/** Languages of the public pages and campaign materials, in the order the switcher offers them. */
export const PUBLIC_LANGUAGES = ['it', 'en', 'fr', 'ro', 'sq', 'ar'] as const;
export type PublicLanguage = (typeof PUBLIC_LANGUAGES)[number];
export const PublicLanguage = z.enum(PUBLIC_LANGUAGES, { error: 'validation.unknownValue' });

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_AUTONYMS: Record<PublicLanguage, string> = {
  it: 'Italiano',
  en: 'English',
  fr: 'Français',
  ro: 'Română',
  sq: 'Shqip',
  ar: 'العربية',
};

export const isRightToLeft = (lang: PublicLanguage): boolean => lang === 'ar';

/** The best public language for an Accept-Language header (Italian when none matches). */
export function publicLanguageFromHeader(header: string | undefined): PublicLanguage {
  if (!header) return 'it';
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1, order };
    })
    .filter((entry) => entry.lang && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { lang } of ranked) {
    if ((PUBLIC_LANGUAGES as readonly string[]).includes(lang)) return lang as PublicLanguage;
  }
  return 'it';
}

/** The public pages of one desk, under /sportello/:deskId; `path` is appended to the desk's address. */
export const PUBLIC_PAGES = [
  { id: 'home', path: '' },
  { id: 'hours', path: '/orari' },
  { id: 'services', path: '/servizi' },
  { id: 'status', path: '/stato' },
  { id: 'privacy', path: '/privacy' },
  { id: 'accessibility', path: '/accessibilita' },
] as const;
export type PublicPageId = (typeof PUBLIC_PAGES)[number]['id'];

export const publicDeskPath = (deskId: string, page: PublicPageId = 'home'): string =>
  `/sportello/${deskId}${PUBLIC_PAGES.find((p) => p.id === page)?.path ?? ''}`;

/** The query parameter that carries a campaign tag, e.g. /sportello/<desk>?c=manifesti-nov. */
export const CAMPAIGN_PARAM = 'c';

/** A campaign tag's code: what the QR link carries. Lower-case letters, digits and dashes. */
export const CampaignTagCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'validation.campaignTag' });

/** What a tag was printed on; the materials pick their tag by medium. */
export const CAMPAIGN_MEDIA = ['poster', 'flyer', 'social', 'other'] as const;
export const CampaignMedium = z.enum(CAMPAIGN_MEDIA, { error: 'validation.unknownValue' });
export type CampaignMedium = z.infer<typeof CampaignMedium>;

/** The tags every desk starts with, one per material. */
export const DEFAULT_CAMPAIGN_TAGS: { code: string; medium: CampaignMedium }[] = [
  { code: 'manifesto', medium: 'poster' },
  { code: 'volantino', medium: 'flyer' },
  { code: 'social', medium: 'social' },
];
