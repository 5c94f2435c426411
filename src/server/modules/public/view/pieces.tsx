/** Parts several public pages share: the live status figures, a list of openings, the closures. */
import type { DeskStatus, OpeningWindow } from '../../../../shared/schemas/queue';
import type { PublicClosure } from '../public.service';
import { formatDate, formatInstantDate, formatTime } from './format';
import type { PageEnv } from './page-env';

/** Attributes for Italian data (service texts, reasons an administrator wrote) on a page in another language. */
export const italian = (env: PageEnv): { lang?: 'it'; dir?: 'ltr' } =>
  env.lang === 'it' ? {} : { lang: 'it', dir: 'ltr' };

/** Open or closed now; while open, people waiting and the estimated wait. */
export function StatusFigures({ env, status, level }: { env: PageEnv; status: DeskStatus; level: 2 | 3 }) {
  const { t, lang } = env;
  const zone = status.timezone;
  const Heading = level === 2 ? 'h2' : 'h3';
  const waiting = status.waiting ?? 0;
  return (
    <div className="public-status" data-element="live-status">
      {status.isOpen && status.current ? (
        <p className="public-state public-open">
          <strong>{t('status.open')}</strong> –{' '}
          {t('status.openUntil', { time: formatTime(status.current.end, zone) })}
        </p>
      ) : (
        <>
          <p className="public-state public-closed">
            <strong>{t('status.closed')}</strong>
          </p>
          {status.next && (
            <p>
              {t('status.nextOpening', {
                when: `${formatInstantDate(status.next.start, zone, lang)}, ${formatTime(status.next.start, zone)}–${formatTime(status.next.end, zone)}`,
              })}
            </p>
          )}
        </>
      )}
      {status.isOpen && (
        <>
          <Heading className="public-figure-heading">{t('status.queueHeading')}</Heading>
          <p className="public-figure" data-element="waiting">
            {waiting}
          </p>
          <p>{t('status.waiting', { count: waiting })}</p>
          <p>
            {status.estimatedWait && status.estimatedWait.maxMinutes > 0
              ? t('status.estimatedWait', {
                  min: status.estimatedWait.minMinutes,
                  max: status.estimatedWait.maxMinutes,
                })
              : waiting > 0
                ? t('status.noEstimate')
                : null}
          </p>
        </>
      )}
    </div>
  );
}

/** "lunedì 11 gennaio, dalle 09:00 alle 12:00", extra openings marked. */
export function OpeningsList({
  env,
  openings,
  zone,
}: {
  env: PageEnv;
  openings: OpeningWindow[];
  zone: string;
}) {
  const { t, lang } = env;
  return (
    <ul className="public-list" data-element="openings">
      {openings.map((o) => (
        <li key={o.start}>
          {t('hours.opening', {
            date: formatInstantDate(o.start, zone, lang),
            from: formatTime(o.start, zone),
            to: formatTime(o.end, zone),
          })}
          {o.kind === 'extra' && (
            <>
              {' '}
              <span className="badge public-badge">{t('hours.extraOpening')}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

const CLOSURE_KIND: Record<PublicClosure['kind'], string> = {
  holiday: 'hours.closureHoliday',
  patron: 'hours.closurePatron',
  closure: 'hours.closureOther',
};

/** "mercoledì 6 gennaio: Epifania (festività)"; Italian reasons marked as Italian. */
export function ClosuresList({ env, closures }: { env: PageEnv; closures: PublicClosure[] }) {
  const { t, lang } = env;
  return (
    <ul className="public-list" data-element="closures">
      {closures.map((c) => (
        <li key={c.date}>
          {formatDate(c.date, lang)}: <span {...(c.reasonLang === lang ? {} : italian(env))}>{c.reason}</span>{' '}
          ({t(CLOSURE_KIND[c.kind])})
        </li>
      ))}
    </ul>
  );
}
