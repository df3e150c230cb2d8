import { useStore } from '@nanostores/preact';
import { teamLabel } from '../lib/team-label';
import { $agent } from '../stores/agent';
import { $queue } from '../stores/conversations';
import { $roster } from '../stores/roster';
import { $selectedId } from '../stores/selection';
import { QueueItem } from './queue-item';

/** The "Waiting" view: visitors who asked for a person, in the relay's order (priority, then waiting time). */
export function QueueList() {
  const queue = useStore($queue);
  const selectedId = useStore($selectedId);
  const roster = useStore($roster);
  const me = useStore($agent)?.id;
  if (!queue.length) return <p class="empty">No one is waiting</p>;
  return (
    <ul class="item-list" aria-label="Waiting">
      {queue.map((view) => (
        <QueueItem
          key={view.conversationId}
          view={view}
          selected={view.conversationId === selectedId}
          team={teamLabel(view, roster)}
          suggested={!!me && view.suggestedAgentId === me}
        />
      ))}
    </ul>
  );
}
