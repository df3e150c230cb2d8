/** A frame from the relay after the minimal shape check: a JSON object with a string `type`. */
export type IncomingFrame = { type: string } & Record<string, unknown>;

/** Parses one raw WebSocket message; returns null (never throws) for non-strings, bad JSON or objects without a string `type`. */
export function parseIncoming(data: unknown): IncomingFrame | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return typeof (value as { type?: unknown }).type === 'string' ? (value as IncomingFrame) : null;
}
