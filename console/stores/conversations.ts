import { atom, batch, computed } from 'nanostores';
import type { ConversationView } from '../../protocol/agent-frames';
import type { Entry } from '../../protocol/entry';
import { mergeEntries } from '../lib/merge-entries';
import { $agent } from './agent';
import { markSeen, pruneSeen } from './seen';

/** Every conversation the console knows, by id: the one copy of each, wherever it is listed. */
export const $conversations = atom<Record<string, ConversationView>>({});

/** Ids waiting for an agent, in the relay's order (priority, then waiting time). */
export const $queueIds = atom<string[]>([]);

/** Ids assigned to this agent, in the order they were accepted. */
export const $mineIds = atom<string[]>([]);

/** Ids of every conversation with any agent (this one included), as the relay last sent them. */
export const $allOpenIds = atom<string[]>([]);

const pick = (ids: readonly string[], all: Record<string, ConversationView>): ConversationView[] =>
  ids.map((id) => all[id]).filter(Boolean);

/** The waiting list, in the relay's order. */
export const $queue = computed([$queueIds, $conversations], pick);

/** This agent's conversations. */
export const $mine = computed([$mineIds, $conversations], pick);

/** Conversations with any agent, for the "All open" view. */
export const $allOpen = computed([$allOpenIds, $conversations], pick);

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
  const wanted = new Set<string | null>([...$queueIds.get(), ...$mineIds.get(), ...$allOpenIds.get(), ...keep]);
  const next: Record<string, ConversationView> = {};
  for (const id of Object.keys(all)) if (wanted.has(id)) next[id] = all[id];
  return next;
}

/** The lists a `welcome` carries; `allOpen` is absent from relays without that view. */
export interface WelcomeLists {
  queue: readonly ConversationView[];
  mine: readonly ConversationView[];
  allOpen?: readonly ConversationView[];
}

/** Replaces everything with the relay's `welcome` lists (first connect and every reconnect). */
export function replaceAll({ queue, mine, allOpen = [] }: WelcomeLists, keep: string | null): void {
  batch(() => {
    let all: Record<string, ConversationView> = {};
    const old = $conversations.get();
    if (keep && old[keep]) all[keep] = old[keep];
    // Mine last: its copies carry the most detail.
    for (const view of [...allOpen, ...queue, ...mine]) all = upsert(all, view);
    $queueIds.set(queue.map((v) => v.conversationId));
    $mineIds.set(mine.map((v) => v.conversationId));
    $allOpenIds.set(allOpen.map((v) => v.conversationId));
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

/** Replaces the "All open" list with an `all-open` frame's items. */
export function replaceAllOpen(items: readonly ConversationView[], keep: string | null): void {
  batch(() => {
    let all = $conversations.get();
    for (const view of items) all = upsert(all, view);
    $allOpenIds.set(items.map((v) => v.conversationId));
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

/**
 * Takes a conversation that left this agent (resolved, transferred, requeued) out of "Mine". The
 * waiting list is left to the relay's `queue` frames (a requeued or team-transferred conversation
 * is back there); "All open" drops it unless a fresher frame already shows it with someone else.
 */
export function removeFromMine(conversationId: string): void {
  batch(() => {
    $mineIds.set($mineIds.get().filter((id) => id !== conversationId));
    const view = $conversations.get()[conversationId];
    const me = $agent.get()?.id;
    const elsewhere = !!view && view.status.mode === 'agent' && !!view.agentId && view.agentId !== me;
    if (!elsewhere) $allOpenIds.set($allOpenIds.get().filter((id) => id !== conversationId));
    $conversations.set(prune($conversations.get(), []));
    pruneSeen($mineIds.get());
  });
}

/** Forgets every conversation, on sign-out. */
export function forgetConversations(): void {
  batch(() => {
    $queueIds.set([]);
    $mineIds.set([]);
    $allOpenIds.set([]);
    $conversations.set({});
    pruneSeen([]);
  });
}
