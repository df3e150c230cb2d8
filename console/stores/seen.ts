import { atom } from 'nanostores';

/** The last transcript seq the agent has seen, per conversation id. */
export const $seen = atom<Record<string, number>>({});

/** Marks a conversation as read up to `seq`; never moves backwards. */
export function markSeen(conversationId: string, seq: number): void {
  const seen = $seen.get();
  if ((seen[conversationId] ?? -1) >= seq) return;
  $seen.set({ ...seen, [conversationId]: seq });
}

/** Drops read marks for conversations not listed in `keep`. */
export function pruneSeen(keep: readonly string[]): void {
  const seen = $seen.get();
  const next: Record<string, number> = {};
  for (const id of keep) if (id in seen) next[id] = seen[id];
  $seen.set(next);
}
