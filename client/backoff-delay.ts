/** Reconnect timing: the first retry waits about `minMs`, each further one doubles, never beyond `maxMs`. */
export interface BackoffOptions {
  minMs: number;
  maxMs: number;
  /** A number in [0, 1); `Math.random` outside tests. */
  random: () => number;
}

/** Default backoff: 500 ms doubling to a 10 s cap, jittered with `Math.random`. */
export const defaultBackoff: BackoffOptions = { minMs: 500, maxMs: 10_000, random: Math.random };

/**
 * Milliseconds to wait before reconnect attempt `attempt` (0-based): `min(maxMs, minMs · 2^attempt)`,
 * then "equal jitter" keeps it between half and all of that, so many clients never retry in step.
 * Defaults to {@link defaultBackoff}.
 */
export function backoffDelay(attempt: number, options: BackoffOptions = defaultBackoff): number {
  const ceiling = Math.min(options.maxMs, options.minMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * options.random());
}
