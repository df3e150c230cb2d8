import { computed } from 'nanostores';
import { $mine } from './conversations';
import { $seen } from './seen';
import { $selectedId } from './selection';

/** Visitor lines not yet seen, per conversation of ours; the open one counts as read. */
export const $unread = computed([$mine, $seen, $selectedId], (mine, seen, selected) => {
  const counts: Record<string, number> = {};
  for (const view of mine) {
    if (view.conversationId === selected) continue;
    const after = seen[view.conversationId] ?? 0;
    counts[view.conversationId] = view.entries.filter((e) => e.seq > after && e.role === 'visitor').length;
  }
  return counts;
});
