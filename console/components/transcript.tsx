import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ConversationView } from '../../protocol/agent-frames';
import { $outbox } from '../stores/outbox';
import { PendingLine } from './pending-line';
import { TranscriptLine } from './transcript-line';

/** The conversation so far, as a live log, with replies still on their way at the end. */
export function Transcript({ view }: { view: ConversationView }) {
  const pending = useStore($outbox).filter((r) => r.conversationId === view.conversationId);
  const ref = useRef<HTMLDivElement>(null);
  const count = view.entries.length + pending.length;
  useEffect(() => {
    const el = ref.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [view.conversationId, count]);
  return (
    <div class="log" role="log" aria-label="Transcript" ref={ref} tabIndex={0}>
      {view.entries.length === 0 && pending.length === 0 && <p class="empty">No messages yet.</p>}
      {view.entries.map((entry) => (
        <TranscriptLine key={entry.seq} entry={entry} />
      ))}
      {pending.map((reply) => (
        <PendingLine key={reply.clientId} reply={reply} />
      ))}
    </div>
  );
}
