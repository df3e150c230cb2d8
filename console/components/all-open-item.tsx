import type { ConversationView } from '../../protocol/agent-frames';
import { formatClock } from '../lib/format-clock';
import { lastVisitorText } from '../lib/last-visitor-text';
import { visitorName } from '../lib/visitor-name';
import { selectConversation } from '../stores/selection';

/** Props of {@link AllOpenItem}. */
interface AllOpenItemProps {
  view: ConversationView;
  selected: boolean;
  /** Who has it: "you" or the agent's label. */
  holder: string;
  team?: string;
}

/** One conversation with an agent: who the visitor is, who has it, why, and since when. */
export function AllOpenItem({ view, selected, holder, team }: AllOpenItemProps) {
  const preview = lastVisitorText(view.entries);
  return (
    <li class={selected ? 'item is-selected' : 'item'}>
      <button type="button" class="item-open" aria-current={selected ? 'true' : undefined} onClick={() => selectConversation(view.conversationId)}>
        <span class="item-top">
          <span class="item-name">{visitorName(view)}</span>
          <span class={holder === 'you' ? 'holder holder-me' : 'holder'}>With {holder}</span>
        </span>
        <span class="item-tags">
          {view.status.reason && <span class="reason-tag">{view.status.reason.label}</span>}
          {team && <span class="team-tag">{team}</span>}
          <span class="wait">since {formatClock(view.since)}</span>
        </span>
        <span class="item-preview">{preview || 'No message yet'}</span>
      </button>
    </li>
  );
}
