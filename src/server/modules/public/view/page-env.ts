/**
 * What every public page needs to know about the request it answers: the
 * reader's language (and whether they chose it, so links carry ?lang only
 * then), the translator, the site's public address and the current path.
 */

import { type PublicT, publicT } from '../../../../shared/i18n/public';
import {
  isRightToLeft,
  LANGUAGE_AUTONYMS,
  PUBLIC_LANGUAGES,
  type PublicLanguage,
} from '../../../../shared/public';

export interface PageEnv {
  lang: PublicLanguage;
  /** The reader picked the language with ?lang (else it came from the browser). */
  isLangChosen: boolean;
  t: PublicT;
  /** The site's address without a trailing slash, for canonical and alternate links. */
  publicUrl: string;
  /** The current page's path, without query. */
  path: string;
  /** Query parameters the page keeps when the language changes (a search). */
  keep: Record<string, string>;
  /** The stylesheet's address (content-hashed). */
  cssHref: string;
}

export function pageEnv(input: Omit<PageEnv, 't' | 'keep'> & { keep?: Record<string, string> }): PageEnv {
  return { ...input, keep: input.keep ?? {}, t: publicT(input.lang) };
}

const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return query ? `${path}?${query}` : path;
};

/** An internal link: carries ?lang only when the reader chose the language. */
export const link = (env: PageEnv, path: string, params: Record<string, string | undefined> = {}): string =>
  withQuery(path, { ...params, lang: env.isLangChosen ? env.lang : undefined });

/** The current page in another language (the switcher, hreflang alternates). */
export const pageIn = (env: PageEnv, lang: PublicLanguage): string =>
  withQuery(env.path, { ...env.keep, lang });

/** The current page without a language: the browser's choice (x-default). */
export const pageDefault = (env: PageEnv): string => withQuery(env.path, env.keep);

export const direction = (lang: PublicLanguage) => (isRightToLeft(lang) ? 'rtl' : 'ltr');

/** "Comune di Carmagnola e Consorzio CISA 31", joined the way the language joins lists. */
export const namesList = (env: PageEnv, names: readonly string[]): string =>
  new Intl.ListFormat(env.lang, { type: 'conjunction', style: 'long' }).format(names);

export { LANGUAGE_AUTONYMS, PUBLIC_LANGUAGES };
