import type { Entry } from '../../protocol/entry';

/** True when a value has the fields the widget relies on: a positive integer seq and string role/text. */
export function isEntry(value: unknown): value is Entry {
  const e = value as Entry | null;
  return !!e && typeof e === 'object' && Number.isInteger(e.seq) && e.seq > 0 && typeof e.role === 'string' && typeof e.text === 'string';
}

/**
 * Merges entries into a list sorted by seq with one entry per seq; an incoming entry replaces the
 * one it shares a seq with (the relay's copy wins over a provisional one). Malformed items are dropped.
 */
export function mergeEntries(current: readonly Entry[], incoming: readonly unknown[]): Entry[] {
  const bySeq = new Map<number, Entry>();
  for (const entry of current) bySeq.set(entry.seq, entry);
  for (const entry of incoming) if (isEntry(entry)) bySeq.set(entry.seq, entry);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest seq n such that 1…n are all held (seqs have no gaps), so a reconnect replays any hole; 0 when none. */
export function lastContiguousSeq(sorted: readonly Entry[]): number {
  let last = 0;
  for (const entry of sorted) {
    if (entry.seq === last + 1) last++;
    else if (entry.seq > last + 1) break;
  }
  return last;
}
