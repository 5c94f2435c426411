/**
 * The public part of the service directory: a search that is a plain GET
 * form (works without JavaScript), and one service's public card. Service
 * texts are Italian data written by the organisations: marked lang="it",
 * with a note for readers of other languages. Never a named contact person.
 */
import { publicDeskPath } from '../../../../shared/public';
import type { PublicDesk, PublicServiceDetails, PublicServiceSummary } from '../public.service';
import { PUBLIC_AREAS } from '../public.service';
import { deskFrame } from './desk-pages';
import { deskCrumb, renderPage } from './layout';
import { link, type PageEnv } from './page-env';
import { italian } from './pieces';

function ItalianNote({ env }: { env: PageEnv }) {
  if (env.lang === 'it') return null;
  return (
    <div className="callout public-note" data-element="italian-note">
      <p className="mb-0">{env.t('services.italianNote')}</p>
    </div>
  );
}

export function servicesPage(
  env: PageEnv,
  pd: PublicDesk,
  search: { q: string; area: string; results: PublicServiceSummary[] },
): string {
  const { t } = env;
  const { desk } = pd;
  const frame = deskFrame(pd);
  const action = publicDeskPath(desk.id, 'services');
  return renderPage({
    env,
    desk: frame,
    current: 'services',
    title: t('services.title', { desk: desk.name }),
    description: t('services.description', { desk: desk.name }),
    breadcrumb: [deskCrumb(env, frame), { label: t('services.heading') }],
    children: (
      <>
        <h1>{t('services.heading')}</h1>
        <p className="lead">{t('services.intro')}</p>
        <form
          method="get"
          action={action}
          aria-label={t('services.searchLabel')}
          className="public-search"
          data-element="service-search"
        >
          {env.isLangChosen && <input type="hidden" name="lang" value={env.lang} />}
          <div className="public-field">
            <label htmlFor="q">{t('services.searchLabel')}</label>
            <input
              type="search"
              id="q"
              name="q"
              className="form-control"
              defaultValue={search.q}
              aria-describedby="q-hint"
              maxLength={200}
            />
            <p id="q-hint" className="form-text">
              {t('services.searchHint')}
            </p>
          </div>
          <div className="public-field">
            <label htmlFor="area">{t('services.areaLabel')}</label>
            <select id="area" name="area" className="form-select" defaultValue={search.area}>
              <option value="">{t('services.allAreas')}</option>
              {PUBLIC_AREAS.map((area) => (
                <option key={area} value={area}>
                  {t(`areas.${area}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="public-field">
            <button type="submit" className="btn btn-primary">
              {t('services.search')}
            </button>
          </div>
        </form>
        <ItalianNote env={env} />
        <section aria-labelledby="results">
          <h2 id="results" className="h4">
            {search.results.length === 0
              ? t('services.noResults')
              : t('services.results', { count: search.results.length })}
          </h2>
          <ul className="public-results list-unstyled" data-element="service-results">
            {search.results.map((s) => (
              <li key={s.id} className="public-result">
                <h3 className="h5 mb-1" {...italian(env)}>
                  <a href={link(env, `${action}/${s.id}`)}>{s.name}</a>
                </h3>
                <p className="mb-1 public-muted" {...italian(env)}>
                  {s.organisationName}
                </p>
                {s.isTemporarilyClosed && (
                  <p className="mb-1 public-alert">{t('services.temporarilyClosed')}</p>
                )}
                {s.description && (
                  <p className="mb-0" {...italian(env)}>
                    {s.description.length > 240 ? `${s.description.slice(0, 240)}…` : s.description}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      </>
    ),
  });
}

function Field({ env, label, text }: { env: PageEnv; label: string; text: string | null }) {
  if (!text) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd {...italian(env)} className="public-pre">
        {text}
      </dd>
    </>
  );
}

function ages(env: PageEnv, s: PublicServiceDetails): string | null {
  const { t } = env;
  if (s.minimumAge !== null && s.maximumAge !== null)
    return t('services.ages', { min: s.minimumAge, max: s.maximumAge });
  if (s.minimumAge !== null) return t('services.agesFrom', { min: s.minimumAge });
  if (s.maximumAge !== null) return t('services.agesTo', { max: s.maximumAge });
  return null;
}

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(', ');

export function servicePage(env: PageEnv, pd: PublicDesk, s: PublicServiceDetails): string {
  const { t } = env;
  const frame = deskFrame(pd);
  const list = link(env, publicDeskPath(pd.desk.id, 'services'));
  const age = ages(env, s);
  const fees = [
    s.feesDescription,
    ...s.costOptions.map((c) =>
      joined(c.option, c.amount !== null ? `${c.amount} ${c.currency ?? 'EUR'}` : null, c.amountDescription),
    ),
  ]
    .filter(Boolean)
    .join('\n');
  return renderPage({
    env,
    desk: frame,
    current: 'services',
    title: `${s.name} – ${t('services.title', { desk: pd.desk.name })}`,
    description: t('services.details', { name: s.name }),
    breadcrumb: [deskCrumb(env, frame), { label: t('services.heading'), href: list }, { label: s.name }],
    children: (
      <>
        <h1 {...italian(env)}>{s.name}</h1>
        {s.alternateName && (
          <p className="lead" {...italian(env)}>
            {s.alternateName}
          </p>
        )}
        <ItalianNote env={env} />
        {s.isTemporarilyClosed && (
          <div className="callout public-note">
            <p className="mb-0">
              <strong>{t('services.temporarilyClosed')}</strong>
            </p>
          </div>
        )}
        {s.alert && (
          <div className="callout public-note" role="note">
            <p className="mb-0">
              <strong>{t('services.alert')}:</strong> <span {...italian(env)}>{s.alert}</span>
            </p>
          </div>
        )}
        <dl className="public-details" data-element="service-details">
          <Field env={env} label={t('services.organisation')} text={s.organisationName} />
          <Field env={env} label={t('services.about')} text={s.description} />
          <Field env={env} label={t('services.whoFor')} text={s.eligibilityDescription} />
          {age && (
            <>
              <dt>{t('services.whoFor')}</dt>
              <dd>{age}</dd>
            </>
          )}
          <Field env={env} label={t('services.howToApply')} text={s.applicationProcess} />
          <Field env={env} label={t('services.fees')} text={fees || null} />
          <Field env={env} label={t('services.languagesSpoken')} text={s.languages.join(', ') || null} />
          <Field env={env} label={t('services.interpretation')} text={s.interpretationServices} />
          <Field
            env={env}
            label={t('services.where')}
            text={
              s.locations
                .map((l) => joined(l.name, l.address1, joined(l.postalCode, l.city), l.stateProvince))
                .filter(Boolean)
                .join('\n') || null
            }
          />
          <Field
            env={env}
            label={t('services.when')}
            text={
              s.schedules
                .map((sc) =>
                  joined(
                    sc.byday,
                    sc.opensAt && sc.closesAt ? `${sc.opensAt}–${sc.closesAt}` : null,
                    sc.description,
                  ),
                )
                .filter(Boolean)
                .join('\n') || null
            }
          />
          {(s.phones.length > 0 || s.email || s.url) && (
            <>
              <dt>{t('services.contacts')}</dt>
              <dd>
                <ul className="list-unstyled mb-0">
                  {s.phones.map((p) => (
                    <li key={p.number}>
                      {t('site.phone')}: <a href={`tel:${p.number.replace(/[^+\d]/g, '')}`}>{p.number}</a>
                      {p.description && <span {...italian(env)}> ({p.description})</span>}
                    </li>
                  ))}
                  {s.email && (
                    <li>
                      {t('site.email')}: <a href={`mailto:${s.email}`}>{s.email}</a>
                    </li>
                  )}
                  {s.url && /^https?:\/\//i.test(s.url) && (
                    <li>
                      {t('services.website')}: <a href={s.url}>{s.url}</a>
                    </li>
                  )}
                </ul>
              </dd>
            </>
          )}
        </dl>
        <p>
          <a href={list}>{t('services.back')}</a>
        </p>
      </>
    ),
  });
}
