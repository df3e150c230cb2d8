import { useStore } from '@nanostores/preact';
import { holderLabel } from '../lib/holder-label';
import { teamLabel } from '../lib/team-label';
import { $agent } from '../stores/agent';
import { $allOpen } from '../stores/conversations';
import { $roster } from '../stores/roster';
import { $selectedId } from '../stores/selection';
import { AllOpenItem } from './all-open-item';

/** The "All open" view: every conversation with an agent, and who has it; only this agent's can be answered. */
export function AllOpenList() {
  const open = useStore($allOpen);
  const selectedId = useStore($selectedId);
  const roster = useStore($roster);
  const me = useStore($agent)?.id;
  if (!open.length) return <p class="empty">No conversations are with an agent right now</p>;
  return (
    <ul class="item-list" aria-label="All open">
      {open.map((view) => (
        <AllOpenItem
          key={view.conversationId}
          view={view}
          selected={view.conversationId === selectedId}
          holder={holderLabel(view, roster, me)}
          team={teamLabel(view, roster)}
        />
      ))}
    </ul>
  );
}
