/**
 * The public status page of a desk, for phones (reached by the QR code on the
 * door): open now or next opening, people waiting, estimated wait, upcoming
 * closures. Server-rendered HTML that works without JavaScript; with
 * JavaScript it refreshes itself. Nothing personal, no cookies, no third
 * parties.
 */
import { DateTime } from 'luxon';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Language } from '../../../shared/roles';
import type { DeskStatus, OpeningWindow } from '../../../shared/schemas/queue';
import { translate } from '../../http/i18n';

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

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f5f5f5;line-height:1.5}
header{background:#0066cc;color:#fff;padding:1rem}header p{margin:0;font-size:.9rem}h1{margin:.25rem 0 0;font-size:1.5rem}
main{max-width:40rem;margin:0 auto;padding:1rem}section{background:#fff;border-radius:4px;padding:1rem;margin-bottom:1rem;box-shadow:0 1px 2px rgba(0,0,0,.1)}
h2{font-size:1.15rem;margin:0 0 .5rem}.state{font-size:1.6rem;font-weight:700;margin:0}.open{color:#006644}.closed{color:#a61c2e}
.figure{font-size:2.5rem;font-weight:700;margin:0}ul{padding-left:1.2rem;margin:0}footer{max-width:40rem;margin:0 auto;padding:0 1rem 2rem;font-size:.9rem;color:#4d4d4d}
a{color:#0059b3}nav a{margin-right:1rem}
`;

function when(window: OpeningWindow, zone: string, lang: Language) {
  const start = DateTime.fromISO(window.start, { zone }).setLocale(lang);
  const end = DateTime.fromISO(window.end, { zone }).setLocale(lang);
  return `${start.toFormat('cccc d LLLL')}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`;
}

function StatusBody({ status, lang, now }: { status: DeskStatus; lang: Language; now: Date }) {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(lang, `publicStatus.${key}`, params);
  const zone = status.timezone;
  const localDate = (date: string) =>
    DateTime.fromISO(date, { zone }).setLocale(lang).toFormat('cccc d LLLL');
  return (
    <>
      <section aria-labelledby="now">
        <h2 id="now">{t('nowHeading')}</h2>
        {status.isOpen && status.current ? (
          <>
            <p className="state open">{t('open')}</p>
            <p>
              {t('openUntil', { time: DateTime.fromISO(status.current.end, { zone }).toFormat('HH:mm') })}
            </p>
          </>
        ) : (
          <>
            <p className="state closed">{t('closed')}</p>
            {status.next && <p>{t('nextOpening', { when: when(status.next, zone, lang) })}</p>}
          </>
        )}
      </section>
      {status.isOpen && (
        <section aria-labelledby="queue">
          <h2 id="queue">{t('queueHeading')}</h2>
          <p className="figure">{status.waiting ?? 0}</p>
          <p>{t('waiting', { count: status.waiting ?? 0 })}</p>
          {status.estimatedWait && (
            <p>
              {t('estimatedWait', {
                min: status.estimatedWait.minMinutes,
                max: status.estimatedWait.maxMinutes,
              })}
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="closures">
        <h2 id="closures">{t('closuresHeading')}</h2>
        {status.upcomingClosures.length === 0 ? (
          <p>{t('noClosures')}</p>
        ) : (
          <ul>
            {status.upcomingClosures.slice(0, 5).map((c) => (
              <li key={c.date}>
                {localDate(c.date)}: {c.reason}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p>{t('updatedAt', { time: DateTime.fromJSDate(now, { zone }).toFormat('HH:mm') })}</p>
    </>
  );
}

export function renderStatusPage(status: DeskStatus, lang: Language, now: Date): string {
  const t = (key: string) => translate(lang, `publicStatus.${key}`);
  const other: Language = lang === 'it' ? 'en' : 'it';
  const page = (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${status.deskName} – ${t('title')}`}</title>
        <meta name="description" content={t('description')} />
        <style>{STYLE}</style>
        <script src={STATUS_SCRIPT_PATH} defer />
      </head>
      <body>
        <header>
          <p>{t('service')}</p>
          <h1>{status.deskName}</h1>
          <p>{status.address}</p>
        </header>
        <main aria-live="polite">
          <StatusBody status={status} lang={lang} now={now} />
        </main>
        <footer>
          <p>{t('walkIn')}</p>
          <nav aria-label={t('languages')}>
            <a href={`?lang=${other}`} hrefLang={other} lang={other}>
              {translate(other, 'publicStatus.switchLanguage')}
            </a>
          </nav>
        </footer>
      </body>
    </html>
  );
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}
