/**
 * The pages that are mostly text: privacy notice, accessibility, the index
 * of desks, and the error pages (unknown page, too many requests) — all in
 * the reader's language, the organisations named.
 */
import { publicDeskPath } from '../../../../shared/public';
import type { PublicDesk } from '../public.service';
import { deskFrame } from './desk-pages';
import { type DeskFrame, deskCrumb, renderPage } from './layout';
import { link, namesList, type PageEnv } from './page-env';

const PRIVACY_SECTIONS = ['purposes', 'basis', 'data', 'retention', 'rights', 'site'] as const;

/** A page about one desk, or about all of them (the desk-less variants under /sportello/…). */
export interface InfoSubject {
  pd: PublicDesk | null;
  /** Organisations named: the desk's, or those of every active desk. */
  organisations: string[];
}

const subjectName = (env: PageEnv, subject: InfoSubject) => subject.pd?.desk.name ?? env.t('desks.heading');

function frameAndTrail(env: PageEnv, subject: InfoSubject, label: string) {
  const frame: DeskFrame | null = subject.pd ? deskFrame(subject.pd) : null;
  const first = frame
    ? deskCrumb(env, frame)
    : { label: env.t('desks.heading'), href: link(env, '/sportello') };
  return { frame, breadcrumb: [first, { label }] };
}

export function privacyPage(env: PageEnv, subject: InfoSubject): string {
  const { t } = env;
  const name = subjectName(env, subject);
  const { frame, breadcrumb } = frameAndTrail(env, subject, t('nav.privacy'));
  return renderPage({
    env,
    desk: frame,
    current: 'privacy',
    title: t('privacy.title', { desk: name }),
    description: t('privacy.description', { desk: name }),
    breadcrumb,
    children: (
      <article className="public-text">
        <h1>{t('privacy.heading')}</h1>
        <p className="lead">{t('privacy.intro')}</p>
        <section aria-labelledby="privacy-controllers">
          <h2 id="privacy-controllers">{t('privacy.controllersHeading')}</h2>
          <p>{t('privacy.controllers', { organisations: namesList(env, subject.organisations) })}</p>
        </section>
        {PRIVACY_SECTIONS.map((key) => (
          <section key={key} aria-labelledby={`privacy-${key}`}>
            <h2 id={`privacy-${key}`}>{t(`privacy.${key}Heading`)}</h2>
            <p>{t(`privacy.${key}`)}</p>
          </section>
        ))}
      </article>
    ),
  });
}

export function accessibilityPage(env: PageEnv, subject: InfoSubject): string {
  const { t } = env;
  const name = subjectName(env, subject);
  const { frame, breadcrumb } = frameAndTrail(env, subject, t('nav.accessibility'));
  const statement = subject.pd?.accessibilityUrl ?? null;
  return renderPage({
    env,
    desk: frame,
    current: 'accessibility',
    title: t('accessibility.title', { desk: name }),
    description: t('accessibility.description', { desk: name }),
    breadcrumb,
    children: (
      <article className="public-text">
        <h1>{t('accessibility.heading')}</h1>
        <p className="lead">{t('accessibility.commitment')}</p>
        <p>{t('accessibility.standard')}</p>
        <section aria-labelledby="statement">
          <h2 id="statement">{t('accessibility.statementHeading')}</h2>
          {statement ? (
            <p>
              <a href={statement}>{t('accessibility.statementLink')}</a>
            </p>
          ) : (
            <p>{t('accessibility.statementPending')}</p>
          )}
        </section>
        <section aria-labelledby="feedback">
          <h2 id="feedback">{t('accessibility.feedbackHeading')}</h2>
          <p>{t('accessibility.feedback')}</p>
          {subject.pd?.email && (
            <p>
              {t('site.email')}: <a href={`mailto:${subject.pd.email}`}>{subject.pd.email}</a>
            </p>
          )}
        </section>
        <section aria-labelledby="agid">
          <h2 id="agid">{t('accessibility.agidHeading')}</h2>
          <p>{t('accessibility.agid')}</p>
        </section>
      </article>
    ),
  });
}

export function desksPage(env: PageEnv, desks: { id: string; name: string; address: string }[]): string {
  const { t } = env;
  return renderPage({
    env,
    desk: null,
    current: null,
    title: t('desks.title'),
    description: t('desks.description'),
    children: (
      <>
        <h1 className="mt-4">{t('desks.heading')}</h1>
        <p className="lead">{t('site.tagline')}</p>
        {desks.length === 0 ? (
          <p>{t('desks.none')}</p>
        ) : (
          <>
            <p>{t('desks.intro')}</p>
            <ul className="public-results list-unstyled" data-element="desks">
              {desks.map((d) => (
                <li key={d.id} className="public-result">
                  <h2 className="h4 mb-1">
                    <a href={link(env, publicDeskPath(d.id))}>{d.name}</a>
                  </h2>
                  <p className="mb-0">{d.address}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    ),
  });
}

/** Unknown desk, service or page (404), too many requests (429), a failure (500): a page, never JSON. */
export function errorPage(
  env: PageEnv,
  kind: 'notFound' | 'tooMany' | 'failed',
  pd: PublicDesk | null,
): string {
  const { t } = env;
  return renderPage({
    env,
    desk: pd ? deskFrame(pd) : null,
    current: null,
    title: t(`errors.${kind}Title`),
    description: t(`errors.${kind}`),
    children: (
      <>
        <h1 className="mt-4">{t(`errors.${kind}Title`)}</h1>
        <p className="lead">{t(`errors.${kind}`)}</p>
        <p>
          <a href={link(env, pd ? publicDeskPath(pd.desk.id) : '/sportello')}>
            {pd ? pd.desk.name : t('errors.backToDesks')}
          </a>
        </p>
      </>
    ),
  });
}
