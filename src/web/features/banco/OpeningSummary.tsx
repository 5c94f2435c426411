/**
 * Whether the desk is open, said in words (the badge's colour only repeats
 * them): until when and how long is left, about to open (operators may check
 * in a little before), or when it opens next.
 */
import { useTranslation } from 'react-i18next';
import type { QueueState } from '../../../shared/schemas/queue';
import { useNow } from '../../components/useNow';
import { formatDay, formatDuration, formatTime, formatWindow } from '../../i18n/format';

export function OpeningSummary({ state }: { state: QueueState }) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const { timezone, next } = state.status;
  const opening = state.opening && !state.opening.closedAt ? state.opening : null;
  const language = i18n.language;

  if (opening && Date.parse(opening.start) > now.getTime()) {
    const minutesToGo = Math.ceil((Date.parse(opening.start) - now.getTime()) / 60_000);
    return (
      <p className="banco-opening mb-0">
        <span className="badge bg-primary me-2">{t('banco.opensSoonBadge')}</span>
        {t('banco.opensSoon', {
          time: formatTime(opening.start, language, timezone),
          left: formatDuration(minutesToGo, language),
        })}
      </p>
    );
  }
  if (opening) {
    const minutesLeft = Math.ceil((Date.parse(opening.end) - now.getTime()) / 60_000);
    const closesAt = formatTime(opening.end, language, timezone);
    return (
      <p className="banco-opening mb-0">
        <span className="badge bg-success me-2">{t('banco.open')}</span>
        {minutesLeft > 0
          ? t('banco.openUntil', { time: closesAt, left: formatDuration(minutesLeft, language) })
          : t('banco.overtime', { time: closesAt })}
      </p>
    );
  }
  return (
    <p className="banco-opening mb-0">
      <span className="badge bg-secondary me-2">{t('banco.closed')}</span>
      {next
        ? t('banco.nextOpening', {
            day: formatDay(next.start, language, timezone),
            window: formatWindow(next, language, timezone),
          })
        : t('banco.noNextOpening')}
    </p>
  );
}
