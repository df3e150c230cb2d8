import { useStore } from '@nanostores/preact';
import { $mine } from '../stores/conversations';
import { $selectedId } from '../stores/selection';
import { $unread } from '../stores/unread';
import { MineItem } from './mine-item';

/** The "Mine" view: conversations this agent accepted or was given. */
export function MineList() {
  const mine = useStore($mine);
  const selectedId = useStore($selectedId);
  const unread = useStore($unread);
  if (!mine.length) return <p class="empty">No conversations yet. Accept one from Waiting.</p>;
  return (
    <ul class="item-list" aria-label="Mine">
      {mine.map((view) => (
        <MineItem key={view.conversationId} view={view} selected={view.conversationId === selectedId} unread={unread[view.conversationId] ?? 0} />
      ))}
    </ul>
  );
}
