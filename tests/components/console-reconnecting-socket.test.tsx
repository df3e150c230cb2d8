// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatWait } from '../../console/lib/format-wait';
import { createReconnectingSocket } from '../../console/lib/reconnecting-socket';
import { FakeSocket } from './console-harness';

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.instances = [];
});
afterEach(() => vi.useRealTimers());

/** Times (ms after the previous close) at which each new socket was created. */
async function retryDelays(closes: number): Promise<number[]> {
  const delays: number[] = [];
  for (let i = 0; i < closes; i++) {
    const before = FakeSocket.instances.length;
    FakeSocket.instances[before - 1].drop(1006);
    let waited = 0;
    while (FakeSocket.instances.length === before) {
      await vi.advanceTimersByTimeAsync(100);
      waited += 100;
    }
    delays.push(waited);
  }
  return delays;
}

describe('console reconnecting socket', () => {
  it('backs off exponentially from 500 ms and caps the delay', async () => {
    const socket = createReconnectingSocket({ url: 'ws://x/ws/agent', WebSocket: FakeSocket as never, onMessage: () => {}, maxDelay: 4000 });
    expect(await retryDelays(6)).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    // An open resets the backoff.
    FakeSocket.instances.at(-1)!.open();
    expect(await retryDelays(1)).toEqual([500]);
    socket.close();
  });

  it('queues frames while offline and sends them in order once open', async () => {
    const socket = createReconnectingSocket({ url: 'ws://x', WebSocket: FakeSocket as never, onMessage: () => {} });
    socket.send('a');
    socket.send('b');
    const ws = FakeSocket.instances[0];
    expect(ws.sent).toEqual([]);
    ws.open();
    socket.send('c');
    expect(ws.sent).toEqual(['a', 'b', 'c']);
    socket.close();
  });

  it('stops for good when onClose returns false or close() is called', async () => {
    const socket = createReconnectingSocket({ url: 'ws://x', WebSocket: FakeSocket as never, onMessage: () => {}, onClose: ({ opened }) => opened });
    FakeSocket.instances[0].drop(1006);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(FakeSocket.instances).toHaveLength(1);
    const other = createReconnectingSocket({ url: 'ws://x', WebSocket: FakeSocket as never, onMessage: () => {} });
    FakeSocket.instances[1].open();
    other.close();
    expect(FakeSocket.instances[1].closedByClient).toBe(true);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(FakeSocket.instances).toHaveLength(2);
    socket.close();
  });

  it('gives up on an attempt that never opens and tries again', async () => {
    const socket = createReconnectingSocket({ url: 'ws://x', WebSocket: FakeSocket as never, onMessage: () => {}, connectTimeout: 3000 });
    await vi.advanceTimersByTimeAsync(2999);
    expect(FakeSocket.instances[0].closedByClient).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(FakeSocket.instances[0].closedByClient).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(FakeSocket.instances).toHaveLength(2);
    socket.close();
  });

  it('rejects impossible delays at construction', () => {
    expect(() => createReconnectingSocket({ url: 'ws://x', WebSocket: FakeSocket as never, onMessage: () => {}, minDelay: 5000, maxDelay: 1000 })).toThrow(TypeError);
  });
});

describe('formatWait', () => {
  it('reads like a person would say it', () => {
    const t = 1_000_000;
    expect(formatWait(t, t - 5000)).toBe('waiting 0 s');
    expect(formatWait(t, t + 42_000)).toBe('waiting 42 s');
    expect(formatWait(t, t + 2 * 60_000 + 59_000)).toBe('waiting 2 min');
    expect(formatWait(t, t + 60 * 60_000)).toBe('waiting 1 h');
    expect(formatWait(t, t + 65 * 60_000)).toBe('waiting 1 h 5 min');
  });
});
