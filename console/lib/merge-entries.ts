import type { Entry } from '../../protocol/entry';

/** Merges two transcripts by `seq`: one line per seq, the newer copy wins, sorted ascending. */
export function mergeEntries(current: readonly Entry[], incoming: readonly Entry[]): Entry[] {
  if (!incoming.length) return current.slice();
  const bySeq = new Map<number, Entry>();
  for (const entry of current) bySeq.set(entry.seq, entry);
  for (const entry of incoming) bySeq.set(entry.seq, entry);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
