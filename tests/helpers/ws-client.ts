import WebSocket from 'ws';

// Frames in tests are read loosely; the relay's own types are checked where they are built.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Frame = { type: string; [k: string]: any };

/** A real WebSocket client that records every frame and can wait for one that matches. */
export interface TestClient {
  ws: WebSocket;
  frames: Frame[];
  send(frame: object | string): void;
  /** Resolves with the first not-yet-taken frame (already received or future) that matches. */
  next<T extends Frame = Frame>(match: (f: Frame) => boolean, timeoutMs?: number): Promise<T>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

/** Opens a WebSocket and resolves once it is open; rejects with the HTTP status if the upgrade is refused. */
export function connect(url: string, options: { origin?: string } = {}): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin: options.origin });
    const frames: Frame[] = [];
    const waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
    const used = new Set<Frame>();
    const closed = new Promise<{ code: number; reason: string }>((res) => ws.on('close', (code, reason) => res({ code, reason: reason.toString() })));
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      frames.push(frame);
      const w = waiters.find((x) => x.match(frame));
      if (w) {
        waiters.splice(waiters.indexOf(w), 1);
        used.add(frame);
        w.resolve(frame);
      }
    });
    ws.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.on('error', reject);
    ws.on('open', () =>
      resolve({
        ws,
        frames,
        send: (frame) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
        next<T extends Frame>(match: (f: Frame) => boolean, timeoutMs = 5000): Promise<T> {
          const found = frames.find((f) => !used.has(f) && match(f));
          if (found) {
            used.add(found);
            return Promise.resolve(found as T);
          }
          return new Promise<T>((res, rej) => {
            const timer = setTimeout(() => rej(new Error(`Timed out waiting for a frame; got ${JSON.stringify(frames.slice(-5))}`)), timeoutMs);
            waiters.push({
              match,
              resolve: (f) => {
                clearTimeout(timer);
                res(f as T);
              },
            });
          });
        },
        closed,
        close: () => ws.close(),
      }),
    );
  });
}

/** Matches frames by type and, optionally, a predicate on the frame. */
export const is =
  (type: string, where: (f: any) => boolean = () => true) =>
  (f: Frame) =>
    f.type === type && where(f);
