import type { SocketLike } from '../../client/create-transport';

/** A frame the widget sent, parsed; the fields tests look at are typed loosely. */
export interface SentFrame {
  type: string;
  clientId?: string;
  text?: string;
  [field: string]: unknown;
}

/** A fake WebSocket the test drives by hand: open it, push server frames, drop it. */
export interface FakeSocket extends SocketLike {
  url: string;
  /** Raw strings the widget sent. */
  sent: string[];
  /** The sent frames, parsed. */
  readonly frames: SentFrame[];
  /** Completes the handshake. */
  open(): void;
  /** Delivers a frame (object → JSON) or raw text from the "server". */
  receive(frame: object | string): void;
  /** The server side closes the socket with `code`. */
  drop(code?: number): void;
}

/** A fresh fake WebSocket class per test, plus every socket it has made. */
export function fakeSockets() {
  const sockets: FakeSocket[] = [];
  class FakeWebSocket implements FakeSocket {
    readyState = 0;
    sent: string[] = [];
    onopen: SocketLike['onopen'] = null;
    onmessage: SocketLike['onmessage'] = null;
    onclose: SocketLike['onclose'] = null;
    constructor(public url: string) {
      sockets.push(this);
    }
    get frames(): SentFrame[] {
      return this.sent.map((raw) => JSON.parse(raw) as SentFrame);
    }
    send(data: string) {
      if (this.readyState !== 1) throw new Error('FakeWebSocket: send while not open');
      this.sent.push(data);
    }
    close(code = 1000) {
      if (this.readyState === 3) return;
      this.readyState = 3;
      this.onclose?.({ code } as CloseEvent);
    }
    open() {
      this.readyState = 1;
      this.onopen?.({} as Event);
    }
    receive(frame: object | string) {
      this.onmessage?.({ data: typeof frame === 'string' ? frame : JSON.stringify(frame) } as MessageEvent);
    }
    drop(code = 1006) {
      this.readyState = 3;
      this.onclose?.({ code } as CloseEvent);
    }
  }
  return {
    WebSocket: FakeWebSocket,
    sockets,
    get latest(): FakeSocket {
      const socket = sockets[sockets.length - 1];
      if (!socket) throw new Error('FakeWebSocket: no socket made yet');
      return socket;
    },
  };
}
