/** The desk's home page (what the Sportello is, how it works, when and where) and its hours page. */
import { publicDeskPath } from '../../../../shared/public';
import type { DeskStatus } from '../../../../shared/schemas/queue';
import type { PublicCalendar, PublicDesk } from '../public.service';
import { PUBLIC_AREAS } from '../public.service';
import { clockTime, weekdayName } from './format';
import { governmentService } from './json-ld';
import { type DeskFrame, deskCrumb, renderPage } from './layout';
import { link, namesList, type PageEnv } from './page-env';
import { ClosuresList, OpeningsList, StatusFigures } from './pieces';

export const deskFrame = (pd: PublicDesk): DeskFrame => ({
  id: pd.desk.id,
  name: pd.desk.name,
  address: pd.desk.address,
  organisations: pd.desk.organisations.map((o) => o.name),
  phone: pd.phone,
  email: pd.email,
  accessibilityUrl: pd.accessibilityUrl,
});

const HOW = ['howWalkIn', 'howTicket', 'howFree', 'howListen', 'howRefer', 'howInCare'] as const;
const BRING = ['bringId', 'bringHealthCard', 'bringPapers', 'bringCompanion'] as const;
const KEY_FACTS = ['keyFree', 'keyNoBooking', 'keyTogether'] as const;

export function homePage(
  env: PageEnv,
  pd: PublicDesk,
  data: { calendar: PublicCalendar; status: DeskStatus },
): string {
  const { t } = env;
  const { desk } = pd;
  const page = (id: Parameters<typeof publicDeskPath>[1]) => link(env, publicDeskPath(desk.id, id));
  return renderPage({
    env,
    desk: deskFrame(pd),
    current: 'home',
    title: t('home.title', { desk: desk.name }),
    description: t('home.description', { desk: desk.name }),
    jsonLd: governmentService(env, pd),
    children: (
      <>
        <h1 className="mt-4">{t('home.heading')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <ul className="public-facts" aria-label={t('site.service')}>
          {KEY_FACTS.map((key) => (
            <li key={key}>{t(`home.${key}`)}</li>
          ))}
        </ul>
        <div className="row">
          <div className="col-lg-8">
            <section aria-labelledby="who">
              <h2 id="who">{t('home.whoHeading')}</h2>
              <p>{t('home.who')}</p>
              <ul className="public-list" data-element="organisations">
                {desk.organisations.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="how">
              <h2 id="how">{t('home.howHeading')}</h2>
              <ol className="public-list">
                {HOW.map((key) => (
                  <li key={key}>{t(`home.${key}`)}</li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="bring">
              <h2 id="bring">{t('home.bringHeading')}</h2>
              <ul className="public-list">
                {BRING.map((key) => (
                  <li key={key}>{t(`home.${key}`)}</li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="help">
              <h2 id="help">{t('home.helpHeading')}</h2>
              <p>{t('home.helpIntro')}</p>
              <ul className="public-list">
                {PUBLIC_AREAS.map((area) => (
                  <li key={area}>
                    <a href={link(env, publicDeskPath(desk.id, 'services'), { area })}>
                      {t(`areas.${area}`)}
                    </a>
                  </li>
                ))}
                <li>{t('home.helpPractical')}</li>
              </ul>
            </section>
            <section aria-labelledby="services">
              <h2 id="services">{t('home.servicesHeading')}</h2>
              <p>{t('home.servicesText')}</p>
              <p>
                <a className="btn btn-primary" href={page('services')}>
                  {t('home.servicesLink')}
                </a>
              </p>
            </section>
          </div>
          <div className="col-lg-4">
            <section className="public-box" aria-labelledby="now">
              <h2 id="now">{t('status.nowHeading')}</h2>
              <StatusFigures env={env} status={data.status} level={3} />
              <p className="mb-0">
                <a href={page('status')}>{t('home.statusLink')}</a>
              </p>
            </section>
            <section className="public-box" aria-labelledby="when">
              <h2 id="when">{t('home.whenHeading')}</h2>
              <h3 className="public-subheading">{t('home.nextOpenings')}</h3>
              {data.calendar.openings.length === 0 ? (
                <p>{t('home.noOpenings')}</p>
              ) : (
                <OpeningsList env={env} openings={data.calendar.openings.slice(0, 3)} zone={desk.timezone} />
              )}
              <h3 className="public-subheading">{t('hours.whereHeading')}</h3>
              <p>{desk.address}</p>
              <p className="mb-0">
                <a href={page('hours')}>{t('home.moreHours')}</a>
              </p>
            </section>
            <section className="public-box" aria-labelledby="contacts">
              <h2 id="contacts">{t('site.contactsHeading')}</h2>
              <Contacts env={env} pd={pd} />
            </section>
          </div>
        </div>
      </>
    ),
  });
}

function Contacts({ env, pd }: { env: PageEnv; pd: PublicDesk }) {
  const { t } = env;
  return (
    <dl className="public-contacts mb-0">
      <dt>{t('site.address')}</dt>
      <dd>{pd.desk.address}</dd>
      {pd.phone && (
        <>
          <dt>{t('site.phone')}</dt>
          <dd>
            <a href={`tel:${pd.phone.replace(/[^+\d]/g, '')}`}>{pd.phone}</a>
          </dd>
        </>
      )}
      {pd.email && (
        <>
          <dt>{t('site.email')}</dt>
          <dd>
            <a href={`mailto:${pd.email}`}>{pd.email}</a>
          </dd>
        </>
      )}
    </dl>
  );
}

export function hoursPage(env: PageEnv, pd: PublicDesk, calendar: PublicCalendar): string {
  const { t, lang } = env;
  const { desk } = pd;
  const weekly = [...desk.hours].sort((a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt));
  const frame = deskFrame(pd);
  return renderPage({
    env,
    desk: frame,
    current: 'hours',
    title: t('hours.title', { desk: desk.name }),
    description: t('hours.description', { desk: desk.name }),
    breadcrumb: [deskCrumb(env, frame), { label: t('hours.heading') }],
    jsonLd: governmentService(env, pd),
    children: (
      <>
        <h1>{t('hours.heading')}</h1>
        <p className="lead">{t('hours.walkIn')}</p>
        <div className="row">
          <div className="col-lg-6">
            <section aria-labelledby="weekly">
              <h2 id="weekly">{t('hours.weeklyHeading')}</h2>
              {weekly.length === 0 ? (
                <p>{t('hours.noHours')}</p>
              ) : (
                <ul className="public-list" data-element="weekly-hours">
                  {weekly.map((h) => (
                    <li key={`${h.weekday}-${h.opensAt}`}>
                      {t('hours.weekly', {
                        weekday: weekdayName(h.weekday, lang),
                        from: clockTime(h.opensAt),
                        to: clockTime(h.closesAt),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="where">
              <h2 id="where">{t('hours.whereHeading')}</h2>
              <Contacts env={env} pd={pd} />
              <p className="mt-2">
                {t('site.runBy', { organisations: namesList(env, frame.organisations) })}
              </p>
            </section>
          </div>
          <div className="col-lg-6">
            <section aria-labelledby="next">
              <h2 id="next">{t('hours.nextHeading')}</h2>
              {calendar.openings.length === 0 ? (
                <p>{t('home.noOpenings')}</p>
              ) : (
                <OpeningsList env={env} openings={calendar.openings.slice(0, 8)} zone={desk.timezone} />
              )}
            </section>
            <section aria-labelledby="closures">
              <h2 id="closures">{t('hours.closuresHeading')}</h2>
              {calendar.closures.length === 0 ? (
                <p>{t('hours.noClosures')}</p>
              ) : (
                <ClosuresList env={env} closures={calendar.closures} />
              )}
            </section>
          </div>
        </div>
      </>
    ),
  });
}
