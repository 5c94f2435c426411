/**
 * The live status page, reached from the QR code on the door: open now or
 * next opening, people waiting, estimated wait, upcoming closures. Complete
 * without JavaScript; with it, /public/status.js replaces <main> every 30 s.
 */
import { DateTime } from 'luxon';
import type { DeskStatus } from '../../../../shared/schemas/queue';
import type { PublicDesk } from '../public.service';
import { localiseClosures } from '../public.service';
import { deskFrame } from './desk-pages';
import { governmentService } from './json-ld';
import { deskCrumb, renderPage } from './layout';
import type { PageEnv } from './page-env';
import { ClosuresList, StatusFigures } from './pieces';

export const STATUS_SCRIPT_PATH = '/public/status.js';
export const REFRESH_SECONDS = 30;

/** Reloads the page's main content in place, so a phone left open stays current. */
export const STATUS_SCRIPT = `(() => {
  const refresh = async () => {
    try {
      const response = await fetch(location.href, { headers: { accept: 'text/html' }, cache: 'no-store' });
      if (!response.ok) return;
      const next = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('main');
      const current = document.querySelector('main');
      if (next && current) current.innerHTML = next.innerHTML;
    } catch (_) {}
  };
  setInterval(refresh, ${REFRESH_SECONDS * 1000});
})();
`;

export function statusPage(env: PageEnv, pd: PublicDesk, status: DeskStatus, now: Date): string {
  const { t, lang } = env;
  const { desk } = pd;
  const frame = deskFrame(pd);
  const closures = localiseClosures(status.upcomingClosures.slice(0, 5), lang);
  return renderPage({
    env,
    desk: frame,
    current: 'status',
    title: t('status.title', { desk: desk.name }),
    description: t('status.description', { desk: desk.name }),
    breadcrumb: [deskCrumb(env, frame), { label: t('status.heading') }],
    jsonLd: governmentService(env, pd),
    scripts: [STATUS_SCRIPT_PATH],
    children: (
      <>
        <h1>{t('status.heading')}</h1>
        <div className="row">
          <section className="col-md-6" aria-labelledby="now">
            <div className="public-box">
              <h2 id="now">{t('status.nowHeading')}</h2>
              <StatusFigures env={env} status={status} level={3} />
            </div>
          </section>
          <section className="col-md-6" aria-labelledby="closures">
            <div className="public-box">
              <h2 id="closures">{t('hours.closuresHeading')}</h2>
              {closures.length === 0 ? (
                <p>{t('hours.noClosures')}</p>
              ) : (
                <ClosuresList env={env} closures={closures} />
              )}
            </div>
          </section>
        </div>
        <p>
          {t('site.updatedAt', { time: DateTime.fromJSDate(now, { zone: desk.timezone }).toFormat('HH:mm') })}{' '}
          {t('status.refreshNote')}
        </p>
        <p>
          <a
            className="btn btn-outline-primary public-noprint"
            href={env.path + (env.isLangChosen ? `?lang=${lang}` : '')}
          >
            {t('status.refresh')}
          </a>
        </p>
      </>
    ),
  });
}
