import type { ComponentChildren } from 'preact';
import type { ConversationView } from '../../protocol/agent-frames';
import { visitorName } from '../lib/visitor-name';
import { selectConversation } from '../stores/selection';

/** Props of {@link ConversationItem}. */
interface ConversationItemProps {
  view: ConversationView;
  selected: boolean;
  /** Shown beside the visitor's name: unread count, holder, badges. */
  badges?: ComponentChildren;
  /** A row under the name: reason, team, wait. */
  tags?: ComponentChildren;
  preview: string;
}

/** One conversation in a console list: a button that opens it, with the visitor's name, badges, tags and a preview line. */
export function ConversationItem({ view, selected, badges, tags, preview }: ConversationItemProps) {
  return (
    <li class={selected ? 'item is-selected' : 'item'}>
      <button type="button" class="item-open" aria-current={selected ? 'true' : undefined} onClick={() => selectConversation(view.conversationId)}>
        <span class="item-top">
          <span class="item-name">{visitorName(view)}</span>
          {badges}
        </span>
        {tags && <span class="item-tags">{tags}</span>}
        <span class="item-preview">{preview}</span>
      </button>
    </li>
  );
}
