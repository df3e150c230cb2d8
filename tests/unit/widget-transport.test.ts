import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CloseCode } from '../../protocol/close-codes';
import { backoffDelay } from '../../widget/transport/backoff-delay';
import { createTransport } from '../../widget/transport/create-transport';
import { parseIncoming } from '../../widget/transport/parse-incoming';
import { visitorSocketUrl } from '../../widget/transport/visitor-socket-url';
import { fakeSockets } from '../helpers/widget-fake-socket';

describe('backoffDelay', () => {
  const top = { minMs: 500, maxMs: 10_000, random: () => 0.999999 };
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

  /** Milliseconds from each close to the next socket, while every attempt fails. */
  function reconnectGaps(attempts: number) {
    const net = fakeSockets();
    const transport = createTransport({ url: 'wss://relay.test/ws/visitor', WebSocket: net.WebSocket, backoff: { minMs: 500, maxMs: 10_000, random: () => 0.999999 } });
    const gaps: number[] = [];
    for (let i = 0; i < attempts; i++) {
      net.latest.drop(1006);
      const droppedAt = Date.now();
      vi.advanceTimersToNextTimer();
      expect(net.sockets).toHaveLength(i + 2);
      gaps.push(Date.now() - droppedAt);
    }
    transport.close();
    return gaps;
  }

  it('reconnects after each close with a growing, capped delay', () => {
    expect(reconnectGaps(8)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  it('waits for the delay before reconnecting, not sooner', () => {
    const net = fakeSockets();
    const transport = createTransport({ url: 'wss://x/ws/visitor', WebSocket: net.WebSocket, backoff: { minMs: 500, maxMs: 10_000, random: () => 0.999999 } });
    net.latest.drop(1006);
    vi.advanceTimersByTime(499);
    expect(net.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(net.sockets).toHaveLength(2);
    transport.close();
  });

  it('starts over at the shortest delay once a frame has arrived', () => {
    const net = fakeSockets();
    const transport = createTransport({ url: 'wss://x/ws/visitor', WebSocket: net.WebSocket, backoff: { minMs: 500, maxMs: 10_000, random: () => 0.999999 } });
    net.latest.drop(1006);
    vi.advanceTimersByTime(500);
    net.latest.drop(1006);
    vi.advanceTimersByTime(1000);
    expect(net.sockets).toHaveLength(3);
    net.latest.open();
    net.latest.receive({ type: 'welcome' });
    net.latest.drop(1006);
    vi.advanceTimersByTime(500);
    expect(net.sockets).toHaveLength(4);
    transport.close();
  });

  it('waits the full cap after a rate-limit close', () => {
    const net = fakeSockets();
    const transport = createTransport({ url: 'wss://x/ws/visitor', WebSocket: net.WebSocket, backoff: { minMs: 500, maxMs: 10_000, random: () => 0.999999 } });
    net.latest.drop(CloseCode.RATE_LIMITED);
    vi.advanceTimersByTime(9_999);
    expect(net.sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(net.sockets).toHaveLength(2);
    transport.close();
  });

  it('send returns false until open, then sends JSON', () => {
    const net = fakeSockets();
    const transport = createTransport({ url: 'wss://x/ws/visitor', WebSocket: net.WebSocket });
    expect(transport.send({ type: 'hello' })).toBe(false);
    expect(net.latest.sent).toEqual([]);
    net.latest.open();
    expect(transport.send({ type: 'hello' })).toBe(true);
    expect(net.latest.sent).toEqual(['{"type":"hello"}']);
    net.latest.drop(1006);
    expect(transport.send({ type: 'message' })).toBe(false);
    transport.close();
  });

  it('reports open, frames and close, and ignores garbage', () => {
    const net = fakeSockets();
    const events: string[] = [];
    const transport = createTransport({
      url: 'wss://x/ws/visitor',
      WebSocket: net.WebSocket,
      onOpen: () => events.push('open'),
      onFrame: (frame) => events.push(`frame:${frame.type}`),
      onClose: (code) => events.push(`close:${code}`),
    });
    net.latest.open();
    for (const garbage of ['not json', '[1,2]', 'null', '42', '{"type":7}', '{"no":"type"}']) net.latest.receive(garbage);
    net.latest.receive({ type: 'ack', clientId: 'a', seq: 1 });
    net.latest.drop(CloseCode.TOO_BIG);
    expect(events).toEqual(['open', 'frame:ack', `close:${CloseCode.TOO_BIG}`]);
    transport.close();
  });

  it('close() closes the socket and stops reconnecting', () => {
    const net = fakeSockets();
    const closes: number[] = [];
    const transport = createTransport({ url: 'wss://x/ws/visitor', WebSocket: net.WebSocket, onClose: (code) => closes.push(code) });
    net.latest.open();
    transport.close();
    expect(net.latest.readyState).toBe(3);
    vi.advanceTimersByTime(60_000);
    expect(net.sockets).toHaveLength(1);
    expect(closes).toEqual([]);
  });

  it('close() during the backoff wait cancels the pending reconnect', () => {
    const net = fakeSockets();
    const transport = createTransport({ url: 'wss://x/ws/visitor', WebSocket: net.WebSocket });
    net.latest.drop(1006);
    transport.close();
    vi.advanceTimersByTime(60_000);
    expect(net.sockets).toHaveLength(1);
  });
});

describe('parseIncoming', () => {
  it('keeps JSON objects with a string type and drops everything else', () => {
    expect(parseIncoming('{"type":"ack","seq":1}')).toEqual({ type: 'ack', seq: 1 });
    for (const bad of ['', '{', '[]', '"ack"', '{"type":null}', new ArrayBuffer(2), undefined]) expect(parseIncoming(bad)).toBeNull();
  });
});

describe('visitorSocketUrl', () => {
  it('swaps http(s) for ws(s) and appends ws/visitor, keeping a path', () => {
    expect(visitorSocketUrl('https://relay.example')).toBe('wss://relay.example/ws/visitor');
    expect(visitorSocketUrl('http://localhost:8787/')).toBe('ws://localhost:8787/ws/visitor');
    expect(visitorSocketUrl('https://a.example/baton')).toBe('wss://a.example/baton/ws/visitor');
  });
});
