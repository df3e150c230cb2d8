let counter = 0;

/** A fresh id for one outgoing reply, so the relay can drop a resent duplicate. */
export function newClientId(): string {
  counter += 1;
  const random = globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2);
  return `a-${counter.toString(36)}-${random}`.slice(0, 64);
}
