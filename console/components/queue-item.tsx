import type { ConversationView } from '../../protocol/agent-frames';
import { lastVisitorText } from '../lib/last-visitor-text';
import { priorityBadges } from '../lib/priority-badges';
import { visitorName } from '../lib/visitor-name';
import { acceptConversation } from '../stores/accept-conversation';
import { selectConversation } from '../stores/selection';
import { PriorityBadges } from './priority-badges';
import { WaitingTime } from './waiting-time';

/** Props of {@link QueueItem}. */
interface QueueItemProps {
  view: ConversationView;
  selected: boolean;
  /** The team's name, when the conversation is routed to one. */
  team?: string;
  /** Routing suggests this agent take it. */
  suggested: boolean;
}

/** One waiting visitor: badges, why they want a person (with evidence), their last words, team, waiting time, and Accept. */
export function QueueItem({ view, selected, team, suggested }: QueueItemProps) {
  const id = view.conversationId;
  const preview = lastVisitorText(view.entries);
  const reason = view.status.reason;
  const badges = priorityBadges(view);
  return (
    <li class={selected ? 'item is-selected' : 'item'}>
      <button type="button" class="item-open" aria-current={selected ? 'true' : undefined} onClick={() => selectConversation(id)}>
        <span class="item-top">
          <span class="item-name">{visitorName(view)}</span>
          <WaitingTime since={view.since} />
        </span>
        {(badges.length > 0 || suggested) && (
          <span class="item-badges">
            <PriorityBadges badges={badges} />
            {suggested && <span class="badge badge-suggested">Suggested for you</span>}
          </span>
        )}
        <span class="item-tags">
          <span class="reason-tag">{reason?.label ?? 'Asked for a person'}</span>
          {team && <span class="team-tag">{team}</span>}
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
