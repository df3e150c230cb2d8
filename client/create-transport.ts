import { CloseCode } from '../protocol/close-codes';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff-delay';
import { parseIncoming, type IncomingFrame } from './parse-incoming';

/** The part of the browser `WebSocket` the transport touches, so tests can pass a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number): void;
  onopen: ((ev: Event) => unknown) | null;
  onmessage: ((ev: MessageEvent) => unknown) | null;
  onclose: ((ev: CloseEvent) => unknown) | null;
}

/** A `WebSocket`-compatible constructor. */
export type SocketConstructor = new (url: string) => SocketLike;

/** How one socket ended: its close code, and whether it had opened first. */
export interface CloseInfo {
  code: number;
  /** False when the socket closed (or timed out) before `open`: a refused upgrade or an unreachable server. */
  opened: boolean;
}

/** Options for {@link createTransport}. */
export interface TransportOptions {
  url: string;
  /** Defaults to the global `WebSocket`. */
  WebSocket?: SocketConstructor;
  /** Merged over {@link defaultBackoff}: 500 ms doubling to 10 s, jittered. */
  backoff?: Partial<BackoffOptions>;
  /** Ms an attempt may stay unopened before it is closed and counted as failed. Default 10 000. */
  connectTimeoutMs?: number;
  /** Each time a socket opens, the first one and every reconnect. */
  onOpen?: () => void;
  /** Each well-formed frame; garbage is dropped before this. */
  onFrame?: (frame: IncomingFrame) => void;
  /** Each time a socket ends on its own (not after `close()`); return false to stop reconnecting. */
  onClose?: (info: CloseInfo) => boolean | void;
}

/** One reconnecting WebSocket. */
export interface Transport {
  /** Sends a frame as JSON; false (nothing sent, nothing queued) when the socket is not open. */
  send(frame: object): boolean;
  /** Closes the socket and stops reconnecting for good. */
  close(): void;
}

const OPEN = 1;
/** What a browser reports for a connection that ended without a close frame. */
const ABNORMAL = 1006;

/**
 * Opens a WebSocket to `url` now and reopens it after every close, waiting per {@link backoffDelay}
 * (the count resets once a frame arrives; a rate-limit close waits the full cap). Defaults: the
 * global `WebSocket`, {@link defaultBackoff} (500 ms → 10 s), a 10 s connect timeout.
 */
export function createTransport(options: TransportOptions): Transport {
  const { url, WebSocket: Socket = globalThis.WebSocket as SocketConstructor, connectTimeoutMs = 10_000 } = options;
  const backoff: BackoffOptions = { ...defaultBackoff, ...options.backoff };
  if (!(backoff.minMs > 0 && backoff.maxMs >= backoff.minMs)) {
    throw new TypeError(`createTransport: backoff needs 0 < minMs <= maxMs, got minMs ${backoff.minMs}, maxMs ${backoff.maxMs}`);
  }
  if (!(connectTimeoutMs > 0)) throw new TypeError(`createTransport: connectTimeoutMs must be > 0, got ${connectTimeoutMs}`);

  let socket: SocketLike | null = null;
  // The connect timeout while a socket is opening, the reconnect wait between sockets: never both.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;

  function retry(code?: number): void {
    if (stopped) return;
    // Rate-limited: coming back quickly would only be refused again.
    const wait = code === CloseCode.RATE_LIMITED ? backoffDelay(Infinity, backoff) : backoffDelay(attempt++, backoff);
    timer = setTimeout(open, wait);
  }

  function open(): void {
    timer = undefined;
    let ws: SocketLike;
    try {
      ws = new Socket(url);
    } catch {
      retry();
      return;
    }
    let opened = false;
    socket = ws;

    /** Reports the end of this socket once, whichever of close event or timeout comes first. */
    const ended = (code: number): void => {
      if (socket !== ws) return;
      socket = null;
      clearTimeout(timer);
      if (options.onClose?.({ code, opened }) === false) stopped = true;
      retry(code);
    };

    timer = setTimeout(() => {
      ended(ABNORMAL);
      ws.close();
    }, connectTimeoutMs);
    ws.onopen = () => {
      if (socket !== ws) return;
      opened = true;
      clearTimeout(timer);
      options.onOpen?.();
    };
    ws.onmessage = (ev) => {
      if (socket !== ws) return;
      const frame = parseIncoming(ev.data);
      if (!frame) return;
      attempt = 0;
      options.onFrame?.(frame);
    };
    ws.onclose = (ev) => ended(ev.code);
  }

  open();

  return {
    send(frame) {
      if (!socket || socket.readyState !== OPEN) return false;
      socket.send(JSON.stringify(frame));
      return true;
    },
    close() {
      stopped = true;
      clearTimeout(timer);
      const ws = socket;
      socket = null;
      ws?.close(1000);
    },
  };
}
