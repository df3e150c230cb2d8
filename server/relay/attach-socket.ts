import type { WebSocket } from 'ws';
import { CloseCode, type ErrorFrame, type ParseResult } from '../../protocol';
import type { Config } from '../config/config-schema';
import type { Logger } from '../hub/create-hub';
import { createRateLimiter } from './create-rate-limiter';

/** How one socket's frames are parsed and handled; the hub supplies these. */
export interface SocketHandlers<F> {
  parse(raw: string): ParseResult<F>;
  onFrame(frame: F): Promise<void>;
  onClose(): void;
}

/**
 * Guards one WebSocket: a per-connection rate limit (close 4029), a send-buffer cap (close 1013),
 * error frames for bad input (the socket stays up), and heartbeat liveness via `alive`.
 * Returns the `send` function the hub uses for this socket.
 */
export function attachSocket<F>(ws: WebSocket, limits: Config['limits'], log: Logger, handlers: SocketHandlers<F>) {
  const limiter = createRateLimiter(limits.ratePerSecond, limits.burst);
  const state = { alive: true };
  let queue: Promise<void> = Promise.resolve();
  const send = (frame: object) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > limits.maxBufferedBytes) {
      ws.close(CloseCode.SLOW_CONSUMER, 'send buffer full: client is not reading');
      return;
    }
    ws.send(JSON.stringify(frame), (err) => {
      if (err) {
        log.warn({ err }, 'send failed');
        ws.close(CloseCode.INTERNAL, 'send failed');
      }
    });
  };
  const refuse = (error: ErrorFrame) => send(error);

  ws.on('pong', () => {
    state.alive = true;
  });
  ws.on('message', (data, isBinary) => {
    if (!limiter.take()) {
      ws.close(CloseCode.RATE_LIMITED, 'rate limit exceeded: too many frames');
      return;
    }
    if (isBinary) return refuse({ type: 'error', code: 'bad-frame', message: 'Binary frames are not accepted; send JSON text.' });
    const parsed = handlers.parse(data.toString());
    if (!parsed.ok) return refuse(parsed.error);
    // One socket's frames are handled in the order they arrived.
    queue = queue.then(() =>
      handlers.onFrame(parsed.frame).catch((err) => {
        log.error({ err }, 'frame handling failed');
        refuse({ type: 'error', code: 'internal', message: 'The relay could not handle that frame; it was not stored.' });
      }),
    );
  });
  ws.on('close', () => handlers.onClose());
  ws.on('error', (err) => log.warn({ err }, 'socket error'));
  return { send, state };
}
