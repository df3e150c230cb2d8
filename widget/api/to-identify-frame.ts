import type { IdentifyFrame } from '../stores/create-chat-stores';

/** What a host page passes to `Baton.identify`. */
export interface IdentifyInput {
  userId?: string;
  name?: string;
  email?: string;
  /** Up to 64-character keys; values are strings (≤ 500), finite numbers or booleans. */
  attributes?: Record<string, string | number | boolean>;
  /** Hex HMAC-SHA256 of `userId` under the site's identity secret, computed by the site's backend. */
  signature?: string;
}

/** The frame, or a message naming the first field that breaks the protocol's limits. */
export type IdentifyResult = { ok: true; frame: IdentifyFrame } | { ok: false; error: string };

/** Longest value of each string field, as the relay checks them. */
const MAX_LENGTH = { userId: 200, name: 200, email: 254, signature: 256 } as const;

function badAttribute(key: string, value: unknown): boolean {
  if (key.length > 64) return true;
  if (typeof value === 'string') return value.length > 500;
  return typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'boolean';
}

/**
 * Checks a host page's identity against the limits the relay enforces, so a typo is reported to
 * the developer here instead of becoming an error shown to the visitor. Unknown fields are ignored.
 */
export function toIdentifyFrame(input: unknown): IdentifyResult {
  if (typeof input !== 'object' || input === null) return { ok: false, error: 'expected an object like { userId, name, email }' };
  const fields = input as Record<string, unknown>;
  const frame: IdentifyFrame = { type: 'identify' };
  for (const field of Object.keys(MAX_LENGTH) as (keyof typeof MAX_LENGTH)[]) {
    const value = fields[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > MAX_LENGTH[field] || (field === 'userId' && !value)) {
      return { ok: false, error: `${field} must be a ${field === 'userId' ? 'non-empty ' : ''}string of at most ${MAX_LENGTH[field]} characters` };
    }
    frame[field] = value;
  }
  const attributes = fields.attributes;
  if (attributes !== undefined) {
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) return { ok: false, error: 'attributes must be an object' };
    const bad = Object.entries(attributes).find(([key, value]) => badAttribute(key, value));
    if (bad) return { ok: false, error: `attributes.${bad[0]} must have a key of at most 64 characters and a string (≤ 500), finite number or boolean value` };
    frame.attributes = attributes as IdentifyFrame['attributes'];
  }
  return { ok: true, frame };
}
