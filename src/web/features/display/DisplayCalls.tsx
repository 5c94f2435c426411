/**
 * The display's two panels: the number being called now with its counter
 * (flashing for a few seconds after each call), or that the desk is closed
 * and when it opens; and the previous calls.
 */
import type { KioskLanguage } from '../../../shared/i18n';
import type { DisplayCall, DisplayState } from '../../../shared/schemas/queue';
import { formatDay, formatWindow } from '../../i18n/format';
import { intlLocale } from '../../i18n/kiosk';
import { Bilingual } from './Bilingual';

export interface CurrentCallProps {
  state: DisplayState;
  current: DisplayCall | null;
  isFlashing: boolean;
  timezone: string;
  second: KioskLanguage | null;
}

export function CurrentCall({ state, current, isFlashing, timezone, second }: CurrentCallProps) {
  const next = state.next;
  if (!state.isOpen) {
    return (
      <section className="display-current is-closed" aria-labelledby="display-current-title">
        <h1 id="display-current-title" className="display-label">
          <Bilingual text={(t) => t('display.closedTitle')} second={second} />
        </h1>
        <p className="display-next">
          {next ? (
            <Bilingual
              text={(t) =>
                t('display.nextOpening', {
                  day: formatDay(next.start, intlLocale(t('display.locale')), timezone),
                  window: formatWindow(next, intlLocale(t('display.locale')), timezone),
                })
              }
              second={second}
            />
          ) : (
            <Bilingual text={(t) => t('display.noNextOpening')} second={second} />
          )}
        </p>
      </section>
    );
  }
  return (
    <section
      className={`display-current${isFlashing ? ' is-flashing' : ''}`}
      aria-labelledby="display-current-title"
    >
      <h1 id="display-current-title" className="display-label">
        <Bilingual text={(t) => t('display.nowCalling')} second={second} />
      </h1>
      <div aria-live="polite" aria-atomic="true">
        {current ? (
          <>
            <p className="display-code" dir="ltr">
              {current.code}
            </p>
            {current.counter && (
              <p className="display-counter">
                <span aria-hidden="true" className="display-arrow">
                  →
                </span>{' '}
                {current.counter}
              </p>
            )}
          </>
        ) : (
          <p className="display-idle">
            <Bilingual text={(t) => t('display.noCallsYet')} second={second} />
          </p>
        )}
      </div>
    </section>
  );
}

export function CallHistory({ calls, second }: { calls: DisplayCall[]; second: KioskLanguage | null }) {
  return (
    <section className="display-history" aria-labelledby="display-history-title">
      <h2 id="display-history-title" className="display-label">
        <Bilingual text={(t) => t('display.lastCalls')} second={second} />
      </h2>
      {calls.length === 0 ? (
        <p className="display-idle">
          <Bilingual text={(t) => t('display.noHistory')} second={second} />
        </p>
      ) : (
        <ol className="display-history-list list-unstyled mb-0">
          {calls.map((call) => (
            <li key={call.seq}>
              <span className="display-history-code" dir="ltr">
                {call.code}
              </span>
              <span className="display-history-counter">{call.counter ?? ''}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
