/**
 * The addresses the campaign page shows: the public page (in a language,
 * through a tag) and the materials. Materials are plain links: the server
 * makes the file, the browser downloads it, no client code needed.
 */
import { CAMPAIGN_PARAM, type PublicLanguage, publicDeskPath } from '../../../shared/public';
import type { CampaignTag, MaterialKind } from '../../../shared/schemas/campaign';

const deskPath = (deskId: string) => `/api/desks/${encodeURIComponent(deskId)}`;

/** The tag a material carries unless chosen otherwise: the desk's first one printed on that medium. */
export const defaultTagFor = (kind: MaterialKind, tags: CampaignTag[]): string =>
  tags.find((tag) => tag.medium === kind)?.code ?? '';

export interface MaterialChoice {
  kind: MaterialKind;
  lang: PublicLanguage;
  isBilingual: boolean;
  tag: string;
}

/** The address of one material: the server draws it from the desk's current schedule each time. */
export function materialUrl(deskId: string, { kind, lang, isBilingual, tag }: MaterialChoice): string {
  const params = new URLSearchParams({ kind, lang, bilingual: String(isBilingual) });
  if (tag) params.set('tag', tag);
  return `${deskPath(deskId)}/campaign/material?${params}`;
}

/**
 * The public page a resident reaches, in a language, optionally through a tag
 * (what the QR code carries). The staff app is served from the public address.
 */
export function publicPageUrl(deskId: string, options: { lang?: PublicLanguage; tag?: string } = {}): string {
  const url = new URL(publicDeskPath(deskId), window.location.origin);
  if (options.lang) url.searchParams.set('lang', options.lang);
  if (options.tag) url.searchParams.set(CAMPAIGN_PARAM, options.tag);
  return url.toString();
}

/** The address a tag's QR code opens, also while the code is still being typed. */
export const tagLink = (deskId: string, code: string): string =>
  `${publicPageUrl(deskId)}?${CAMPAIGN_PARAM}=${encodeURIComponent(code)}`;
