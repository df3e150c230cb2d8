import { editFailedReply } from '../stores/drafts';
import type { PendingReply } from '../stores/outbox';

/** A reply not yet confirmed: "Sending…", or "Not sent" with a way to edit it. */
export function PendingLine({ reply }: { reply: PendingReply }) {
  return (
    <div class={reply.failed ? 'line line-agent is-pending is-failed' : 'line line-agent is-pending'}>
      <div class="line-meta">
        <span class="line-who">You</span>
        <span class="line-state">{reply.failed ? 'Not sent' : 'Sending…'}</span>
        {reply.failed && (
          <button type="button" class="link-button" onClick={() => editFailedReply(reply)}>
            Edit
          </button>
        )}
      </div>
      <p class="bubble">{reply.text}</p>
    </div>
  );
}
