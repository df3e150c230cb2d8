import { CloseCode } from '../../protocol/close-codes';
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

/** Options for {@link createTransport}. */
export interface TransportOptions {
  url: string;
  /** Defaults to the global `WebSocket`. */
  WebSocket?: SocketConstructor;
  /** Defaults to {@link defaultBackoff}: 500 ms doubling to 10 s, jittered. */
  backoff?: BackoffOptions;
  /** Each time a socket opens, the first one and every reconnect. */
  onOpen?: () => void;
  /** Each well-formed frame; garbage is dropped before this. */
  onFrame?: (frame: IncomingFrame) => void;
  /** Each time an open or opening socket closes on its own; not after `close()`. */
  onClose?: (code: number) => void;
}

/** One reconnecting WebSocket. */
export interface Transport {
  /** Sends a frame as JSON; false (nothing sent) when the socket is not open. */
  send(frame: object): boolean;
  /** Closes the socket and stops reconnecting for good. */
  close(): void;
}

const OPEN = 1;

/**
 * Opens a WebSocket to `url` now and reopens it after every close, waiting per {@link backoffDelay}
 * (the count resets once a frame arrives; a rate-limit close waits the full cap). Defaults: the
 * global `WebSocket`, {@link defaultBackoff}.
 */
export function createTransport(options: TransportOptions): Transport {
  const { url, WebSocket: Socket = globalThis.WebSocket as SocketConstructor, backoff = defaultBackoff } = options;
  let socket: SocketLike | null = null;
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
    socket = ws;
    ws.onopen = () => {
      if (socket === ws) options.onOpen?.();
    };
    ws.onmessage = (ev) => {
      if (socket !== ws) return;
      const frame = parseIncoming(ev.data);
      if (!frame) return;
      attempt = 0;
      options.onFrame?.(frame);
    };
    ws.onclose = (ev) => {
      if (socket !== ws) return;
      socket = null;
      options.onClose?.(ev.code);
      retry(ev.code);
    };
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
