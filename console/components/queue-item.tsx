import type { ConversationView } from '../../protocol/agent-frames';
import { lastVisitorText } from '../lib/last-visitor-text';
import { acceptConversation } from '../stores/accept-conversation';
import { selectConversation } from '../stores/selection';
import { WaitingTime } from './waiting-time';

/** One waiting visitor: why they want a person, their last words, how long they have waited, and Accept. */
export function QueueItem({ view, selected }: { view: ConversationView; selected: boolean }) {
  const id = view.conversationId;
  const preview = lastVisitorText(view.entries);
  const reason = view.status.reason;
  return (
    <li class={selected ? 'item is-selected' : 'item'}>
      <button type="button" class="item-open" aria-current={selected ? 'true' : undefined} onClick={() => selectConversation(id)}>
        <span class="item-top">
          <span class="reason-tag">{reason?.label ?? 'Asked for a person'}</span>
          <WaitingTime since={view.since} />
        </span>
        <span class="item-preview" id={`preview-${id}`}>
          {preview || 'No message yet'}
        </span>
        {reason?.evidence && <span class="item-evidence">{reason.evidence}</span>}
      </button>
      <button type="button" class="btn btn-primary btn-small item-accept" aria-describedby={`preview-${id}`} onClick={() => acceptConversation(id)}>
        Accept
      </button>
    </li>
  );
}
