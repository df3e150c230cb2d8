import type { OutboxItem } from './outbox-item';

/** The conversation to resume after a reload, as the relay's `session` frame gave it. */
export interface Session {
  conversationId: string;
  token: string;
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Reads a stored session; anything malformed reads as none. */
export function readSession(raw: string): Session | null {
  const value = parse(raw) as Session | null;
  return value && typeof value.conversationId === 'string' && typeof value.token === 'string'
    ? { conversationId: value.conversationId, token: value.token }
    : null;
}

/** Reads a stored outbox, keeping only items with a known type and a clientId. */
export function readOutbox(raw: string): OutboxItem[] {
  const value = parse(raw);
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is OutboxItem =>
      !!item &&
      typeof item.clientId === 'string' &&
      (item.type === 'handoff' ||
        (item.type === 'message' && typeof item.text === 'string') ||
        (item.type === 'ticket' && typeof item.email === 'string') ||
        (item.type === 'feedback' && Number.isInteger(item.seq) && (item.value === 'up' || item.value === 'down'))),
  );
}

/** Writes a value as JSON, or removes the key (returns undefined) when there is nothing to keep. */
export function writeStored(value: Session | OutboxItem[] | null): string | undefined {
  if (value === null || (Array.isArray(value) && value.length === 0)) return undefined;
  return JSON.stringify(value);
}
