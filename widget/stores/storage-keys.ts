/** localStorage keys for one relay, scoped by its origin so two relays on one site never mix sessions. */
export function storageKeys(relayUrl: string): { session: string; outbox: string } {
  const prefix = `baton:${new URL(relayUrl).origin}:`;
  return { session: `${prefix}session`, outbox: `${prefix}outbox` };
}
