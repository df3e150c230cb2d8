import type { TranscriptItem } from '../stores/build-transcript';
import { FeedbackButtons } from './feedback-buttons';

/**
 * One line of the conversation: a centred notice for system lines, else a bubble (visitor right;
 * bot and agent left under their label), with thumbs under each stored bot answer (not the
 * greeting). Text only, never HTML.
 */
export function TranscriptLine({ item }: { item: TranscriptItem }) {
  if (item.role === 'system') return <p class="notice">{item.text}</p>;
  const side = item.role === 'visitor' ? 'mine' : 'theirs';
  return (
    <div class={`line ${side}${item.pending ? ' pending' : ''}`}>
      {item.author ? <span class="author">{item.author}</span> : null}
      <p class={`bubble${item.kind === 'handoff-request' ? ' bubble-handoff' : ''}`}>{item.text}</p>
      {item.pending ? <span class="meta">Sending…</span> : null}
      {item.role === 'bot' && item.seq ? <FeedbackButtons seq={item.seq} /> : null}
    </div>
  );
}
