import type { ConversationView } from '../../protocol/agent-frames';
import { formatClock } from '../lib/format-clock';
import { lastVisitorText } from '../lib/last-visitor-text';
import { ConversationItem } from './conversation-item';

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
  return (
    <ConversationItem
      view={view}
      selected={selected}
      badges={<span class={holder === 'you' ? 'holder holder-me' : 'holder'}>With {holder}</span>}
      tags={
        <>
          {view.status.reason && <span class="reason-tag">{view.status.reason.label}</span>}
          {team && <span class="team-tag">{team}</span>}
          <span class="wait">since {formatClock(view.since)}</span>
        </>
      }
      preview={lastVisitorText(view.entries) || 'No message yet'}
    />
  );
}
