import { atom, computed } from 'nanostores';
import type { ConversationView } from '../../protocol/agent-frames';
import { $allOpenIds, $conversations, $mineIds, $queueIds } from './conversations';
import { markSeen } from './seen';
import { sendFrame } from './socket';

/** Where the open conversation sits: with this agent, waiting, with another agent, or in no list. */
export type Place = 'mine' | 'queue' | 'other' | 'gone';

/** The id of the conversation open in the right pane, or null. */
export const $selectedId = atom<string | null>(null);

/** The open conversation and where it sits, or null when none is open. */
export const $selected = computed([$selectedId, $conversations, $queueIds, $mineIds, $allOpenIds], (id, all, queue, mine, allOpen) => {
  const view = id ? all[id] : undefined;
  if (!id || !view) return null;
  const place: Place = mine.includes(id) ? 'mine' : queue.includes(id) ? 'queue' : allOpen.includes(id) ? 'other' : 'gone';
  return { view, place } as { view: ConversationView; place: Place };
});

function markRead(id: string | null): void {
  const view = id ? $conversations.get()[id] : undefined;
  if (view && view.entries.length) markSeen(view.conversationId, view.entries[view.entries.length - 1].seq);
}

/** Opens a conversation in the pane; one not assigned to us is asked for in full (`open`). */
export function selectConversation(conversationId: string): void {
  const previous = $selectedId.get();
  markRead(previous);
  $selectedId.set(conversationId);
  markRead(conversationId);
  if (previous !== conversationId && !$mineIds.get().includes(conversationId)) sendFrame({ type: 'open', conversationId });
}

/** Closes the pane; what was read there stays read. */
export function clearSelection(): void {
  markRead($selectedId.get());
  $selectedId.set(null);
}
