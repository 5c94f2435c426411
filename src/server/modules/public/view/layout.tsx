/**
 * The frame of every public page, after the AgID design guidelines with
 * Bootstrap Italia markup: skip links, a slim header naming the organisations
 * with the language switcher, the center header, a navigation bar that wraps
 * on phones (no JavaScript needed), breadcrumb, <main>, and the footer with
 * contacts, privacy, accessibility and languages. No inline scripts, nothing
 * from third parties.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { PUBLIC_PAGES, type PublicPageId, publicDeskPath } from '../../../../shared/public';
import {
  direction,
  LANGUAGE_AUTONYMS,
  link,
  namesList,
  type PageEnv,
  PUBLIC_LANGUAGES,
  pageDefault,
  pageIn,
} from './page-env';

/** The desk a page belongs to, as the frame shows it. */
export interface DeskFrame {
  id: string;
  name: string;
  address: string;
  organisations: string[];
  phone: string | null;
  email: string | null;
  accessibilityUrl: string | null;
}

export interface PageSpec {
  env: PageEnv;
  desk: DeskFrame | null;
  /** The navigation entry to mark as current. */
  current: PublicPageId | null;
  title: string;
  description: string;
  /** Trail above the heading; the last entry is the current page. */
  breadcrumb?: { label: string; href?: string }[];
  jsonLd?: object;
  scripts?: string[];
  children: ReactNode;
}

/** JSON inside <script type="application/ld+json">: nothing in it may close the element. */
const jsonForScript = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

function LanguageList({ env, label, element }: { env: PageEnv; label: string; element: string }) {
  return (
    <nav aria-label={label} data-element={element}>
      <ul className="public-languages list-inline mb-0">
        {PUBLIC_LANGUAGES.map((lang) => (
          <li key={lang} className="list-inline-item">
            <a
              href={pageIn(env, lang)}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === env.lang ? 'true' : undefined}
            >
              {LANGUAGE_AUTONYMS[lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Header({ env, desk, current }: Pick<PageSpec, 'env' | 'desk' | 'current'>) {
  const { t } = env;
  const home = desk ? link(env, publicDeskPath(desk.id)) : link(env, '/sportello');
  return (
    <header className="it-header-wrapper">
      <div className="it-header-slim-wrapper">
        <div className="container">
          <div className="it-header-slim-wrapper-content public-slim">
            <p className="public-runby mb-0">
              {desk
                ? t('site.runBy', { organisations: namesList(env, desk.organisations) })
                : t('site.tagline')}
            </p>
            <LanguageList env={env} label={t('site.chooseLanguage')} element="language-switcher" />
          </div>
        </div>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <div className="container">
            <div className="it-header-center-content-wrapper">
              <div className="it-brand-wrapper">
                <a href={home}>
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('site.service')}</div>
                    <div className="it-brand-tagline">{desk ? desk.name : t('site.tagline')}</div>
                  </div>
                </a>
              </div>
            </div>
          </div>
        </div>
        {desk && (
          <div className="it-header-navbar-wrapper public-navbar">
            <div className="container">
              <nav className="navbar navbar-expand-lg" aria-label={t('site.mainMenu')}>
                <ul className="navbar-nav public-nav-list">
                  {PUBLIC_PAGES.map((page) => (
                    <li key={page.id} className="nav-item">
                      <a
                        className={page.id === current ? 'nav-link active' : 'nav-link'}
                        href={link(env, publicDeskPath(desk.id, page.id))}
                        aria-current={page.id === current ? 'page' : undefined}
                      >
                        <span>{t(`nav.${page.id}`)}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
        )}
      </div>
    </header>
  );
}

function Breadcrumb({ env, items }: { env: PageEnv; items: NonNullable<PageSpec['breadcrumb']> }) {
  return (
    <nav className="breadcrumb-container" aria-label={env.t('site.breadcrumb')}>
      <ol className="breadcrumb">
        {items.map((item, index) => (
          <li
            key={item.label}
            className={item.href ? 'breadcrumb-item' : 'breadcrumb-item active'}
            aria-current={item.href ? undefined : 'page'}
          >
            {item.href ? <a href={item.href}>{item.label}</a> : item.label}
            {index < items.length - 1 && (
              <span className="separator" aria-hidden="true">
                /
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Footer({ env, desk }: Pick<PageSpec, 'env' | 'desk'>) {
  const { t } = env;
  const privacy = link(env, desk ? publicDeskPath(desk.id, 'privacy') : '/sportello/privacy');
  const accessibility =
    desk?.accessibilityUrl ??
    link(env, desk ? publicDeskPath(desk.id, 'accessibility') : '/sportello/accessibilita');
  return (
    <footer className="it-footer" id="footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="it-brand-wrapper">
            <div className="it-brand-text">
              <p className="it-brand-title">
                {desk ? t('site.footerHeading', { desk: desk.name }) : t('site.service')}
              </p>
              <p className="it-brand-tagline">{t('site.tagline')}</p>
            </div>
          </div>
          <div className="row py-4 border-white border-top">
            {desk && (
              <section className="col-md-6 col-lg-4 pb-3" aria-labelledby="footer-contacts">
                <h2 id="footer-contacts" className="public-footer-heading">
                  {t('site.contactsHeading')}
                </h2>
                <address className="mb-0">
                  <span className="visually-hidden">{t('site.address')}: </span>
                  {desk.address}
                  {desk.phone && (
                    <>
                      <br />
                      {t('site.phone')}: <a href={`tel:${desk.phone.replace(/[^+\d]/g, '')}`}>{desk.phone}</a>
                    </>
                  )}
                  {desk.email && (
                    <>
                      <br />
                      {t('site.email')}: <a href={`mailto:${desk.email}`}>{desk.email}</a>
                    </>
                  )}
                </address>
                <p className="mt-2 mb-0">
                  {t('site.runBy', { organisations: namesList(env, desk.organisations) })}
                </p>
              </section>
            )}
            <section className="col-md-6 col-lg-4 pb-3" aria-labelledby="footer-languages">
              <h2 id="footer-languages" className="public-footer-heading">
                {t('site.languages')}
              </h2>
              <LanguageList env={env} label={t('site.languages')} element="footer-language-switcher" />
            </section>
            <div className="col-lg-4 pb-3">
              <p className="mb-0">{t('site.noCookies')}</p>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints">
        <div className="container">
          <ul className="it-footer-small-prints-list list-inline mb-0 public-small-prints">
            <li className="list-inline-item">
              <a href={privacy} data-element="privacy-policy-link">
                {t('site.privacy')}
              </a>
            </li>
            <li className="list-inline-item">
              <a href={accessibility} data-element="accessibility-link">
                {t('site.accessibility')}
              </a>
            </li>
            <li className="list-inline-item">
              <a href={link(env, '/sportello')}>{t('site.allDesks')}</a>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}

/** The whole document, doctype included. */
export function renderPage(spec: PageSpec): string {
  const { env } = spec;
  const { t, lang } = env;
  const canonical = `${env.publicUrl}${pageIn(env, lang)}`;
  const page = (
    <html lang={lang} dir={direction(lang)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{spec.title}</title>
        <meta name="description" content={spec.description} />
        <meta property="og:type" content="website" />
        <meta property="og:title" content={spec.title} />
        <meta property="og:description" content={spec.description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={lang} />
        <link rel="canonical" href={canonical} />
        {PUBLIC_LANGUAGES.map((other) => (
          <link key={other} rel="alternate" hrefLang={other} href={`${env.publicUrl}${pageIn(env, other)}`} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={`${env.publicUrl}${pageDefault(env)}`} />
        <link rel="stylesheet" href={env.cssHref} />
        {(spec.scripts ?? []).map((src) => (
          <script key={src} src={src} defer />
        ))}
        {spec.jsonLd && (
          <script
            type="application/ld+json"
            // biome-ignore lint/security/noDangerouslySetInnerHtml: a JSON data block, every "<" escaped (jsonForScript)
            dangerouslySetInnerHTML={{ __html: jsonForScript(spec.jsonLd) }}
          />
        )}
      </head>
      <body>
        <div className="skiplinks">
          <a className="visually-hidden-focusable" href="#main-content">
            {t('site.skipToContent')}
          </a>
          <a className="visually-hidden-focusable" href="#footer">
            {t('site.skipToFooter')}
          </a>
        </div>
        <Header env={env} desk={spec.desk} current={spec.current} />
        {spec.breadcrumb && (
          <div className="container public-trail">
            <Breadcrumb env={env} items={spec.breadcrumb} />
          </div>
        )}
        <main id="main-content" className="container public-main">
          {spec.children}
        </main>
        <Footer env={env} desk={spec.desk} />
      </body>
    </html>
  );
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}

/** The breadcrumb's first step: the desk's home. */
export const deskCrumb = (env: PageEnv, desk: DeskFrame) => ({
  label: desk.name,
  href: link(env, publicDeskPath(desk.id)),
});

export { PUBLIC_PAGES };
