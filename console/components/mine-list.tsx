import { useStore } from '@nanostores/preact';
import { $mine } from '../stores/conversations';
import { $selectedId } from '../stores/selection';
import { $unread } from '../stores/unread';
import { MineItem } from './mine-item';

/** The "Mine" region: conversations this agent accepted. */
export function MineList() {
  const mine = useStore($mine);
  const selectedId = useStore($selectedId);
  const unread = useStore($unread);
  return (
    <section class="side-section" aria-labelledby="mine-title">
      <div class="side-heading">
        <h2 id="mine-title">Mine</h2>
        <span class="count">{mine.length}</span>
      </div>
      {mine.length ? (
        <ul class="item-list" aria-label="Mine">
          {mine.map((view) => (
            <MineItem
              key={view.conversationId}
              view={view}
              selected={view.conversationId === selectedId}
              unread={unread[view.conversationId] ?? 0}
            />
          ))}
        </ul>
      ) : (
        <p class="empty">No conversations yet. Accept one from Waiting.</p>
      )}
    </section>
  );
}
