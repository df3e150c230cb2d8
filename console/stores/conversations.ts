import { atom, batch, computed } from 'nanostores';
import type { ConversationView } from '../../protocol/agent-frames';
import type { Entry } from '../../protocol/entry';
import { mergeEntries } from '../lib/merge-entries';
import { $agent } from './agent';
import { markSeen, pruneSeen } from './seen';

/** Every conversation the console knows, by id: the one copy of each, wherever it is listed. */
export const $conversations = atom<Record<string, ConversationView>>({});

/** Ids waiting for an agent, oldest first, as the relay last sent them. */
export const $queueIds = atom<string[]>([]);

/** Ids assigned to this agent, in the order they were accepted. */
export const $mineIds = atom<string[]>([]);

/** The waiting list, oldest first. */
export const $queue = computed([$queueIds, $conversations], (ids, all) => ids.map((id) => all[id]).filter(Boolean));

/** This agent's conversations. */
export const $mine = computed([$mineIds, $conversations], (ids, all) => ids.map((id) => all[id]).filter(Boolean));

const lastSeq = (view: ConversationView): number => view.entries[view.entries.length - 1]?.seq ?? 0;

function upsert(all: Record<string, ConversationView>, view: ConversationView): Record<string, ConversationView> {
  const old = all[view.conversationId];
  const entries = old ? mergeEntries(old.entries, view.entries) : mergeEntries([], view.entries);
  return { ...all, [view.conversationId]: { ...view, entries } };
}

function isMine(view: ConversationView): boolean {
  const me = $agent.get();
  return view.status.mode === 'agent' && !!me && view.agentId === me.id;
}

/** Keeps only conversations still listed, plus any in `keep` (the one on screen). */
function prune(all: Record<string, ConversationView>, keep: readonly (string | null)[]): Record<string, ConversationView> {
  const wanted = new Set<string | null>([...$queueIds.get(), ...$mineIds.get(), ...keep]);
  const next: Record<string, ConversationView> = {};
  for (const id of Object.keys(all)) if (wanted.has(id)) next[id] = all[id];
  return next;
}

/** Replaces everything with the relay's `welcome` lists (first connect and every reconnect). */
export function replaceAll(queue: readonly ConversationView[], mine: readonly ConversationView[], keep: string | null): void {
  batch(() => {
    let all: Record<string, ConversationView> = {};
    const old = $conversations.get();
    if (keep && old[keep]) all[keep] = old[keep];
    for (const view of [...queue, ...mine]) all = upsert(all, view);
    $queueIds.set(queue.map((v) => v.conversationId));
    $mineIds.set(mine.map((v) => v.conversationId));
    $conversations.set(prune(all, [keep]));
    for (const view of mine) markSeen(view.conversationId, lastSeq(view));
  });
}

/** Replaces the waiting list with a `queue` frame's items. */
export function replaceQueue(items: readonly ConversationView[], keep: string | null): void {
  batch(() => {
    let all = $conversations.get();
    for (const view of items) all = upsert(all, view);
    $queueIds.set(items.map((v) => v.conversationId));
    $conversations.set(prune(all, [keep]));
  });
}

/** Takes one conversation in full: listed under "Mine" when it is with this agent, dropped from there otherwise. */
export function upsertConversation(view: ConversationView): void {
  const id = view.conversationId;
  batch(() => {
    $conversations.set(upsert($conversations.get(), view));
    const mineIds = $mineIds.get();
    if (isMine(view)) {
      if (!mineIds.includes(id)) {
        $mineIds.set([...mineIds, id]);
        markSeen(id, lastSeq(view));
      }
      // The relay also sends a fresh queue; dropping it here avoids one frame listed twice.
      if ($queueIds.get().includes(id)) $queueIds.set($queueIds.get().filter((q) => q !== id));
    } else {
      if (mineIds.includes(id)) $mineIds.set(mineIds.filter((m) => m !== id));
      if (view.status.mode !== 'queued' && $queueIds.get().includes(id)) $queueIds.set($queueIds.get().filter((q) => q !== id));
    }
  });
}

/** Adds one transcript line; a seq already shown is replaced, not repeated. Unknown ids are ignored. */
export function appendEntry(conversationId: string, entry: Entry): void {
  const all = $conversations.get();
  const view = all[conversationId];
  if (!view) return;
  $conversations.set({ ...all, [conversationId]: { ...view, entries: mergeEntries(view.entries, [entry]) } });
}

/** Removes a conversation that left this agent (resolved, or taken by another). */
export function removeConversation(conversationId: string): void {
  batch(() => {
    $mineIds.set($mineIds.get().filter((id) => id !== conversationId));
    $queueIds.set($queueIds.get().filter((id) => id !== conversationId));
    const { [conversationId]: _gone, ...rest } = $conversations.get();
    $conversations.set(rest);
    pruneSeen($mineIds.get());
  });
}

/** Forgets every conversation, on sign-out. */
export function forgetConversations(): void {
  batch(() => {
    $queueIds.set([]);
    $mineIds.set([]);
    $conversations.set({});
    pruneSeen([]);
  });
}
