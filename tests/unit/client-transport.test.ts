import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay } from '../../client/backoff-delay';
import { createTransport, type CloseInfo, type TransportOptions } from '../../client/create-transport';
import { parseIncoming } from '../../client/parse-incoming';
import { CloseCode } from '../../protocol/close-codes';
import { fakeSockets } from '../helpers/widget-fake-socket';

/** Jitter pinned to the top of the range, so every wait is the full step. */
const top = { minMs: 500, maxMs: 10_000, random: () => 0.999999 };

describe('backoffDelay', () => {
  const bottom = { minMs: 500, maxMs: 10_000, random: () => 0 };

  it('doubles from 500 ms and is capped at 10 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((n) => backoffDelay(n, top))).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it('jitters between half and all of the step', () => {
    expect([0, 1, 2, 5].map((n) => backoffDelay(n, bottom))).toEqual([250, 500, 1000, 5000]);
    for (let i = 0; i < 50; i++) {
      const wait = backoffDelay(3);
      expect(wait).toBeGreaterThanOrEqual(2000);
      expect(wait).toBeLessThanOrEqual(4000);
    }
  });
});

describe('createTransport', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A transport on a fresh fake network; `backoff` defaults to {@link top}. */
  function start(options: Partial<TransportOptions> = {}) {
    const net = fakeSockets();
    const transport = createTransport({ url: 'wss://relay.test/ws/visitor', WebSocket: net.WebSocket, backoff: top, ...options });
    return { net, transport };
  }

  /** Milliseconds from each close to the next socket, while every attempt fails. */
  function reconnectGaps(net: ReturnType<typeof fakeSockets>, attempts: number) {
    const gaps: number[] = [];
    for (let i = 0; i < attempts; i++) {
      const before = net.sockets.length;
      net.latest.drop(1006);
      const droppedAt = Date.now();
      vi.advanceTimersToNextTimer();
      expect(net.sockets).toHaveLength(before + 1);
      gaps.push(Date.now() - droppedAt);
    }
    return gaps;
  }

  it('reconnects after each close with a growing delay capped at 10 s by default', () => {
    const { net, transport } = start({ backoff: { random: top.random } });
    expect(reconnectGaps(net, 8)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    transport.close();
  });

  it('takes the caller’s own backoff (the console’s cap) over the defaults', () => {
    const { net, transport } = start({ backoff: { minMs: 500, maxMs: 4000, random: top.random } });
    expect(reconnectGaps(net, 6)).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
    transport.close();
  });

  it('jitters each wait between half and all of the step', () => {
    const { net, transport } = start({ backoff: { minMs: 500, maxMs: 10_000, random: () => 0 } });
    expect(reconnectGaps(net, 4)).toEqual([250, 500, 1000, 2000]);
    transport.close();
  });

  it('waits for the delay before reconnecting, not sooner', () => {
    const { net, transport } = start();
    net.latest.drop(1006);
    vi.advanceTimersByTime(499);
    expect(net.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(net.sockets).toHaveLength(2);
    transport.close();
  });

  it('starts over at the shortest delay once a frame has arrived, not merely on open', () => {
    const { net, transport } = start();
    expect(reconnectGaps(net, 3)).toEqual([500, 1000, 2000]);
    // An open with no frame (a server that accepts and drops at once) keeps backing off.
    net.latest.open();
    expect(reconnectGaps(net, 1)).toEqual([4000]);
    net.latest.open();
    net.latest.receive({ type: 'welcome' });
    expect(reconnectGaps(net, 2)).toEqual([500, 1000]);
    transport.close();
  });

  it('waits the full cap after a rate-limit close', () => {
    const { net, transport } = start();
    net.latest.drop(CloseCode.RATE_LIMITED);
    vi.advanceTimersByTime(9_999);
    expect(net.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(net.sockets).toHaveLength(2);
    transport.close();
  });

  it('send returns false until open, then sends JSON, and keeps no queue', () => {
    const { net, transport } = start();
    expect(transport.send({ type: 'hello' })).toBe(false);
    expect(net.latest.sent).toEqual([]);
    net.latest.open();
    expect(net.latest.sent).toEqual([]);
    expect(transport.send({ type: 'hello' })).toBe(true);
    expect(net.latest.sent).toEqual(['{"type":"hello"}']);
    net.latest.drop(1006);
    expect(transport.send({ type: 'message' })).toBe(false);
    vi.advanceTimersByTime(500);
    net.latest.open();
    // What failed while offline is the caller's to send again.
    expect(net.latest.sent).toEqual([]);
    transport.close();
  });

  it('reports open, frames and each close with whether it had opened, and ignores garbage', () => {
    const events: string[] = [];
    const { net, transport } = start({
      onOpen: () => events.push('open'),
      onFrame: (frame) => events.push(`frame:${frame.type}`),
      onClose: ({ code, opened }) => void events.push(`close:${code}:${opened}`),
    });
    net.latest.open();
    for (const garbage of ['not json', '[1,2]', 'null', '42', '{"type":7}', '{"no":"type"}', '']) net.latest.receive(garbage);
    net.latest.receive({ type: 'ack', clientId: 'a', seq: 1 });
    net.latest.drop(CloseCode.TOO_BIG);
    vi.advanceTimersByTime(500);
    net.latest.drop(1006);
    expect(events).toEqual(['open', 'frame:ack', `close:${CloseCode.TOO_BIG}:true`, 'close:1006:false']);
    transport.close();
  });

  it('stops for good when onClose returns false', () => {
    const closes: CloseInfo[] = [];
    const { net } = start({ onClose: (info) => (closes.push(info), info.opened) });
    net.latest.open();
    net.latest.drop(1006);
    vi.advanceTimersByTime(500);
    expect(net.sockets).toHaveLength(2);
    net.latest.drop(1006);
    vi.advanceTimersByTime(60_000);
    expect(net.sockets).toHaveLength(2);
    expect(closes).toEqual([
      { code: 1006, opened: true },
      { code: 1006, opened: false },
    ]);
  });

  it('gives up on an attempt that never opens after the connect timeout (10 s by default) and tries again', () => {
    const closes: CloseInfo[] = [];
    const { net, transport } = start({ onClose: (info) => void closes.push(info) });
    vi.advanceTimersByTime(9_999);
    expect(net.sockets[0].readyState).toBe(0);
    vi.advanceTimersByTime(1);
    expect(net.sockets[0].readyState).toBe(3);
    expect(closes).toEqual([{ code: 1006, opened: false }]);
    vi.advanceTimersByTime(500);
    expect(net.sockets).toHaveLength(2);
    transport.close();
  });

  it('takes its own connect timeout, and an attempt that opened in time is not timed out', () => {
    const closes: CloseInfo[] = [];
    const { net, transport } = start({ connectTimeoutMs: 3000, onClose: (info) => void closes.push(info) });
    vi.advanceTimersByTime(2999);
    expect(net.sockets[0].readyState).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closes).toEqual([{ code: 1006, opened: false }]);
    vi.advanceTimersByTime(500);
    net.latest.open();
    vi.advanceTimersByTime(60_000);
    expect(net.sockets).toHaveLength(2);
    expect(net.latest.readyState).toBe(1);
    expect(closes).toHaveLength(1);
    transport.close();
  });

  it('keeps retrying when the WebSocket constructor throws', () => {
    let calls = 0;
    const net = fakeSockets();
    const Flaky = function (this: unknown, url: string) {
      calls += 1;
      if (calls === 1) throw new SyntaxError('bad url');
      return new net.WebSocket(url);
    } as unknown as typeof net.WebSocket;
    const transport = createTransport({ url: 'wss://x', WebSocket: Flaky, backoff: top });
    expect(net.sockets).toHaveLength(0);
    vi.advanceTimersByTime(500);
    expect(net.sockets).toHaveLength(1);
    transport.close();
  });

  it('close() closes the socket and stops reconnecting, without reporting a close', () => {
    const closes: CloseInfo[] = [];
    const { net, transport } = start({ onClose: (info) => void closes.push(info) });
    net.latest.open();
    transport.close();
    expect(net.latest.readyState).toBe(3);
    vi.advanceTimersByTime(60_000);
    expect(net.sockets).toHaveLength(1);
    expect(closes).toEqual([]);
  });

  it('close() during the backoff wait cancels the pending reconnect', () => {
    const { net, transport } = start();
    net.latest.drop(1006);
    transport.close();
    vi.advanceTimersByTime(60_000);
    expect(net.sockets).toHaveLength(1);
  });

  it('close() while opening cancels the connect timeout too', () => {
    const closes: CloseInfo[] = [];
    const { net, transport } = start({ onClose: (info) => void closes.push(info) });
    transport.close();
    vi.advanceTimersByTime(60_000);
    expect(net.sockets).toHaveLength(1);
    expect(closes).toEqual([]);
  });

  it('rejects impossible options at construction', () => {
    const net = fakeSockets();
    const make = (options: Partial<TransportOptions>) => () => createTransport({ url: 'wss://x', WebSocket: net.WebSocket, ...options });
    expect(make({ backoff: { minMs: 5000, maxMs: 1000 } })).toThrow(TypeError);
    expect(make({ backoff: { minMs: 0 } })).toThrow(/minMs/);
    expect(make({ connectTimeoutMs: 0 })).toThrow(/connectTimeoutMs/);
    expect(net.sockets).toHaveLength(0);
  });
});

describe('parseIncoming', () => {
  it('keeps JSON objects with a string type and drops everything else', () => {
    expect(parseIncoming('{"type":"ack","seq":1}')).toEqual({ type: 'ack', seq: 1 });
    for (const bad of ['', '{', '[]', '"ack"', '{"type":null}', new ArrayBuffer(2), undefined]) expect(parseIncoming(bad)).toBeNull();
  });
});
