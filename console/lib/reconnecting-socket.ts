/** The slice of the browser WebSocket the console uses, so tests can pass a fake. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
}

/** A constructor shaped like the browser's `WebSocket`. */
export type SocketConstructor = new (url: string) => SocketLike;

/** How one socket ended: its close code, and whether it had opened first. */
export interface CloseInfo {
  code: number;
  /** False when the socket closed before `open`: a refused upgrade or an unreachable relay. */
  opened: boolean;
}

/** What the owner of a reconnecting socket supplies. */
export interface ReconnectingSocketOptions {
  url: string;
  WebSocket: SocketConstructor;
  onOpen?: () => void;
  onMessage: (data: string) => void;
  /** Called on every close; return false to stop reconnecting. */
  onClose?: (info: CloseInfo) => boolean | void;
  /** First retry delay in ms. Default 500. */
  minDelay?: number;
  /** Longest retry delay in ms. Default 15000. */
  maxDelay?: number;
  /** Ms to wait for `open` before giving up on an attempt. Default 10000. */
  connectTimeout?: number;
  /** Frames kept while offline, oldest dropped first. Default 100. */
  maxQueue?: number;
}

/** A socket that reconnects itself; `send` queues while offline. */
export interface ReconnectingSocket {
  send(data: string): void;
  /** Closes for good: no more reconnects, the queue is dropped. */
  close(): void;
}

const defaults = { minDelay: 500, maxDelay: 15_000, connectTimeout: 10_000, maxQueue: 100 };

/** `WebSocket.OPEN`, spelled out so fakes without the static constants work. */
const OPEN = 1;

/**
 * Opens a WebSocket that reconnects with capped exponential backoff (500 ms doubling to 15 s by
 * default), times out attempts that never open (10 s), and queues up to 100 frames while offline.
 */
export function createReconnectingSocket(options: ReconnectingSocketOptions): ReconnectingSocket {
  const o = { ...defaults, ...options };
  if (o.minDelay <= 0 || o.maxDelay < o.minDelay) {
    throw new TypeError(`reconnecting socket: expected 0 < minDelay <= maxDelay, got ${o.minDelay} and ${o.maxDelay}`);
  }
  const queue: string[] = [];
  let socket: SocketLike | null = null;
  let attempt = 0;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;

  function connect(): void {
    let opened = false;
    const ws = new o.WebSocket(o.url);
    socket = ws;
    openTimer = setTimeout(() => ws.close(), o.connectTimeout);
    ws.onopen = () => {
      clearTimeout(openTimer);
      if (stopped) return;
      opened = true;
      attempt = 0;
      o.onOpen?.();
      while (queue.length && ws.readyState === OPEN) ws.send(queue.shift()!);
    };
    ws.onmessage = (event) => {
      if (!stopped && typeof event.data === 'string') o.onMessage(event.data);
    };
    ws.onerror = () => {};
    ws.onclose = (event) => {
      clearTimeout(openTimer);
      if (socket === ws) socket = null;
      if (stopped) return;
      const retry = o.onClose?.({ code: event.code, opened }) !== false;
      if (!retry) {
        stopped = true;
        queue.length = 0;
        return;
      }
      const delay = Math.min(o.maxDelay, o.minDelay * 2 ** attempt);
      attempt += 1;
      retryTimer = setTimeout(connect, delay);
    };
  }

  connect();

  return {
    send(data) {
      if (stopped) return;
      if (socket && socket.readyState === OPEN) {
        socket.send(data);
        return;
      }
      queue.push(data);
      if (queue.length > o.maxQueue) queue.shift();
    },
    close() {
      stopped = true;
      queue.length = 0;
      clearTimeout(retryTimer);
      clearTimeout(openTimer);
      socket?.close(1000);
      socket = null;
    },
  };
}
