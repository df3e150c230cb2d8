// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toIdentifyFrame } from '../../widget/api/to-identify-frame';
import { createChat, type Chat } from '../../widget/stores/create-chat';
import { fakeSockets } from '../helpers/widget-fake-socket';
import { RELAY, welcome } from '../helpers/widget-frames';
import { sentOfType } from '../helpers/widget-setup';

let chats: Chat[] = [];

function newChat() {
  const net = fakeSockets();
  const chat = createChat({ relayUrl: RELAY, WebSocket: net.WebSocket, backoff: { minMs: 10, maxMs: 10, random: () => 0 } });
  chats.push(chat);
  chat.connect();
  return { chat, net };
}

/** Lets the transport's backoff timer (10 ms in these tests) fire. */
const nextSocket = () => new Promise((resolve) => setTimeout(resolve, 30));

const ada = { type: 'identify', userId: 'u-42', name: 'Ada', email: 'ada@example.com', attributes: { vip: true, plan: 'pro', seats: 5 }, signature: 'ab12' } as const;

beforeEach(() => localStorage.clear());
afterEach(() => {
  for (const chat of chats) chat.disconnect();
  chats = [];
  vi.restoreAllMocks();
});

describe('identify', () => {
  it('is sent at once when connected', () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    chat.identify({ ...ada });
    expect(sentOfType(net.latest.frames, 'identify')).toEqual([ada]);
  });

  it('waits for the welcome, then goes first, before the outbox', () => {
    const { chat, net } = newChat();
    chat.send('I am a VIP');
    chat.identify({ ...ada });
    net.latest.open();
    expect(net.latest.frames.map((frame) => frame.type)).toEqual(['hello']);
    net.latest.receive(welcome());
    expect(net.latest.frames.map((frame) => frame.type)).toEqual(['hello', 'identify', 'message']);
  });

  it('is sent again after every reconnect’s welcome: the latest identity only', async () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    chat.identify({ ...ada });
    chat.identify({ type: 'identify', userId: 'u-43', signature: 'cd34' });

    net.latest.drop(1006);
    await nextSocket();
    net.latest.open();
    expect(sentOfType(net.latest.frames, 'identify')).toEqual([]);
    net.latest.receive(welcome());
    expect(sentOfType(net.latest.frames, 'identify')).toEqual([{ type: 'identify', userId: 'u-43', signature: 'cd34' }]);
    expect(net.sockets).toHaveLength(2);
  });

  it('warns the developer about a bad signature and shows the visitor nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    chat.identify({ ...ada });
    net.latest.receive({ type: 'error', code: 'bad-signature', message: 'The identity signature does not match.' });
    expect(chat.$error.get()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('The identity signature does not match.'));

    // Other errors still reach the visitor.
    net.latest.receive({ type: 'error', code: 'internal', message: 'boom' });
    expect(chat.$error.get()).toMatch(/went wrong/);
  });
});

describe('toIdentifyFrame', () => {
  it('keeps the known fields and drops unknown ones', () => {
    expect(toIdentifyFrame({ userId: 'u-42', name: 'Ada', email: 'ada@example.com', attributes: { vip: true, plan: 'pro', seats: 5 }, signature: 'ab12', extra: 1 })).toEqual({
      ok: true,
      frame: ada,
    });
    expect(toIdentifyFrame({})).toEqual({ ok: true, frame: { type: 'identify' } });
  });

  it('names the first field that breaks the relay’s limits', () => {
    const cases: [unknown, RegExp][] = [
      [null, /object/],
      ['u-42', /object/],
      [{ userId: '' }, /userId/],
      [{ userId: 42 }, /userId/],
      [{ name: 'x'.repeat(201) }, /name/],
      [{ email: 'x'.repeat(255) }, /email/],
      [{ signature: 'x'.repeat(257) }, /signature/],
      [{ attributes: [] }, /attributes/],
      [{ attributes: { plan: { nested: true } } }, /attributes\.plan/],
      [{ attributes: { score: Number.NaN } }, /attributes\.score/],
      [{ attributes: { note: 'x'.repeat(501) } }, /attributes\.note/],
      [{ attributes: { ['k'.repeat(65)]: 1 } }, /attributes\.k/],
    ];
    for (const [input, error] of cases) {
      const result = toIdentifyFrame(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(error);
    }
    expect(toIdentifyFrame({ userId: 'x'.repeat(200), name: 'x'.repeat(200), email: 'x'.repeat(254), signature: 'x'.repeat(256) }).ok).toBe(true);
  });
});
