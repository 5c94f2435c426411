/**
 * A display text in Italian, with the same words in a second language on a
 * smaller line below when the display is set to show one. The second line
 * carries its own lang (and dir, for Arabic).
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { KioskLanguage } from '../../../shared/i18n';
import { directionOf, kioskI18n } from '../../i18n/kiosk';

export interface BilingualProps {
  /** The text, worded with the translation function it is given (once per language). */
  text: (t: TFunction) => string;
  second: KioskLanguage | null;
}

export function Bilingual({ text, second }: BilingualProps) {
  const { t } = useTranslation();
  const primary = text(t);
  const other = second ? text(kioskI18n.getFixedT(second)) : null;
  return (
    <>
      {primary}
      {second && other && other !== primary && (
        <span className="display-second" lang={second} dir={directionOf(second)}>
          {other}
        </span>
      )}
    </>
  );
}
