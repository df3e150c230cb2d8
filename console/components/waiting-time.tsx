import { useStore } from '@nanostores/preact';
import { formatWait } from '../lib/format-wait';
import { $now } from '../stores/clock';

/** "waiting 2 min", ticking every second. */
export function WaitingTime({ since }: { since: number }) {
  const now = useStore($now);
  return (
    <time class="wait" dateTime={new Date(since).toISOString()}>
      {formatWait(since, now)}
    </time>
  );
}
