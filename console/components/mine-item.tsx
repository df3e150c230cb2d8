import { useStore } from '@nanostores/preact';
import type { ConversationView } from '../../protocol/agent-frames';
import { lastVisitorText } from '../lib/last-visitor-text';
import { visitorName } from '../lib/visitor-name';
import { selectConversation } from '../stores/selection';
import { $visitorTyping } from '../stores/typing';

/** One of this agent's conversations: who, their last words, and how many lines are unread. */
export function MineItem({ view, selected, unread }: { view: ConversationView; selected: boolean; unread: number }) {
  const typing = useStore($visitorTyping)[view.conversationId];
  const preview = lastVisitorText(view.entries);
  return (
    <li class={selected ? 'item is-selected' : 'item'}>
      <button type="button" class="item-open" aria-current={selected ? 'true' : undefined} onClick={() => selectConversation(view.conversationId)}>
        <span class="item-top">
          <span class="item-name">{visitorName(view)}</span>
          {unread > 0 && <span class="unread">{unread === 1 ? '1 new' : `${unread} new`}</span>}
          {view.note && <span class="badge badge-note">Has a note</span>}
        </span>
        <span class="item-preview">{typing ? 'typing…' : preview || 'No message yet'}</span>
      </button>
    </li>
  );
}
