/** The time at the desk, as wall clocks show it. */
import { useNow } from '../../components/useNow';
import { formatTime } from '../../i18n/format';

export function DisplayClock({ timezone }: { timezone: string }) {
  const now = useNow(10_000);
  return (
    <p className="display-clock">
      <time dateTime={now.toISOString()}>{formatTime(now.toISOString(), 'it', timezone)}</time>
    </p>
  );
}
