import { useStore } from '@nanostores/preact';
import { $queue } from '../stores/conversations';
import { $selectedId } from '../stores/selection';
import { QueueItem } from './queue-item';

/** The "Waiting" region: visitors who asked for a person, oldest first. */
export function QueueList() {
  const queue = useStore($queue);
  const selectedId = useStore($selectedId);
  return (
    <section class="side-section" aria-labelledby="waiting-title">
      <div class="side-heading">
        <h2 id="waiting-title">Waiting</h2>
        <span class={queue.length ? 'count count-hot' : 'count'}>{queue.length}</span>
      </div>
      {queue.length ? (
        <ul class="item-list" aria-label="Waiting">
          {queue.map((view) => (
            <QueueItem key={view.conversationId} view={view} selected={view.conversationId === selectedId} />
          ))}
        </ul>
      ) : (
        <p class="empty">No one is waiting</p>
      )}
    </section>
  );
}
