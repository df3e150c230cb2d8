/**
 * WebSocket close codes the relay uses. Refusals before the socket opens are HTTP statuses at
 * upgrade instead: 401 wrong agent token, 403 origin not allowed, 404 unknown path.
 */
export const CloseCode = {
  /** The relay is shutting down; reconnect. */
  GOING_AWAY: 1001,
  /** A frame was larger than the relay's maxPayload. Sent by ws itself. */
  TOO_BIG: 1009,
  /** Unexpected server error while handling this socket. */
  INTERNAL: 1011,
  /** The client is not reading fast enough; its send buffer passed the cap. */
  SLOW_CONSUMER: 1013,
  /** Too many frames too fast: the per-connection rate limit. */
  RATE_LIMITED: 4029,
  /** The agent signed in elsewhere with the same token. */
  REPLACED: 4009,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];
