import { useStore } from '@nanostores/preact';
import type { ConversationView } from '../../protocol/agent-frames';
import { formatClock } from '../lib/format-clock';
import { holderLabel } from '../lib/holder-label';
import { priorityBadges } from '../lib/priority-badges';
import { visitorName } from '../lib/visitor-name';
import { acceptConversation } from '../stores/accept-conversation';
import { $agent } from '../stores/agent';
import { resolveConversation } from '../stores/resolve-conversation';
import { $roster } from '../stores/roster';
import type { Place } from '../stores/selection';
import { PriorityBadges } from './priority-badges';
import { TransferControl } from './transfer-control';
import { WaitingTime } from './waiting-time';

/** The conversation's title bar: who, why they want a person, where it stands, and Accept, or Transfer and Resolve. */
export function ConversationHeader({ view, place }: { view: ConversationView; place: Place }) {
  const id = view.conversationId;
  const roster = useStore($roster);
  const me = useStore($agent)?.id;
  return (
    <header class="conversation-header">
      <div class="conversation-heading">
        <h2 id="conversation-title">{visitorName(view)}</h2>
        <div class="conversation-meta">
          <PriorityBadges badges={priorityBadges(view)} />
          {view.status.reason && <span class="reason-tag">{view.status.reason.label}</span>}
          {place === 'queue' && <WaitingTime since={view.since} />}
          {place === 'mine' && <span class="state-tag state-live">With you since {formatClock(view.since)}</span>}
          {place === 'other' && <span class="state-tag">With {holderLabel(view, roster, me)} since {formatClock(view.since)}</span>}
          {place === 'gone' && <span class="state-tag">Not waiting</span>}
        </div>
      </div>
      <div class="conversation-actions">
        {place === 'queue' && (
          <button type="button" class="btn btn-primary" onClick={() => acceptConversation(id)}>
            Accept
          </button>
        )}
        {place === 'mine' && (
          <>
            <TransferControl conversationId={id} />
            <button type="button" class="btn btn-outline" onClick={() => resolveConversation(id)}>
              Resolve
            </button>
          </>
        )}
      </div>
    </header>
  );
}
