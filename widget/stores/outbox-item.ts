import type { Entry } from '../../protocol/entry';
import type { VisitorFrame } from '../../protocol/visitor-frames';

/** A frame the visitor sent that the relay has not acknowledged yet; resent as-is after every reconnect. */
export type OutboxItem = Extract<VisitorFrame, { type: 'message' | 'handoff' | 'ticket' | 'feedback' }>;

/** The text a handoff request is stored and shown with, matching the relay's entry. */
export const HANDOFF_TEXT = 'Talk to a person';

/**
 * The entry an acknowledged item stands for until the relay's echo replaces it: a message, a
 * handoff request or a (hidden) feedback mark at `seq`. Null for a ticket, which is not a line.
 */
export function provisionalEntry(item: OutboxItem, seq: number): Entry | null {
  const at = Date.now();
  const base = { seq, role: 'visitor' as const, clientId: item.clientId, at };
  if (item.type === 'message') return { ...base, text: item.text };
  if (item.type === 'handoff') return { ...base, text: HANDOFF_TEXT, kind: 'handoff-request' };
  if (item.type === 'feedback') return { ...base, text: '', kind: 'feedback' };
  return null;
}
