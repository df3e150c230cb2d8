import type { Entry } from '../../protocol/entry';
import { formatClock } from '../lib/format-clock';

const who: Record<Entry['role'], string> = { visitor: 'Visitor', bot: 'Bot', agent: 'Agent', system: 'System' };

/** One transcript line; bot answers the bot was unsure of are flagged "Unsure". */
export function TranscriptLine({ entry }: { entry: Entry }) {
  if (entry.role === 'system') {
    return (
      <div class="line line-system">
        <span>{entry.text}</span> <time dateTime={new Date(entry.at).toISOString()}>{formatClock(entry.at)}</time>
      </div>
    );
  }
  const unsure = entry.role === 'bot' && entry.confident === false;
  return (
    <div class={`line line-${entry.role}${unsure ? ' is-unsure' : ''}`}>
      <div class="line-meta">
        <span class="line-who">{entry.role === 'agent' && entry.author ? entry.author : who[entry.role]}</span>
        {unsure && (
          <span class="flag" title={entry.score !== undefined ? `Confidence ${entry.score.toFixed(2)}` : undefined}>
            Unsure
          </span>
        )}
        <time dateTime={new Date(entry.at).toISOString()}>{formatClock(entry.at)}</time>
      </div>
      <p class="bubble">{entry.text}</p>
    </div>
  );
}
