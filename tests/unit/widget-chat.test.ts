// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChat, type Chat } from '../../widget/stores/create-chat';
import { storageKeys } from '../../widget/stores/storage-keys';
import { fakeSockets, type SentFrame } from '../helpers/widget-fake-socket';
import { entry, RELAY, welcome } from '../helpers/widget-frames';

const keys = storageKeys(RELAY);
let chats: Chat[] = [];

function newChat() {
  const net = fakeSockets();
  const chat = createChat({ relayUrl: RELAY, WebSocket: net.WebSocket, backoff: { minMs: 10, maxMs: 10, random: () => 0 } });
  chats.push(chat);
  chat.connect();
  return { chat, net };
}

function byType(frames: SentFrame[], type: string): SentFrame[] {
  return frames.filter((frame) => frame.type === type);
}

function visibleTexts(chat: Chat) {
  return chat.$transcript.get().map((item) => `${item.text}${item.pending ? ' (pending)' : ''}`);
}

/** Lets the transport's backoff timer (10 ms in these tests) fire. */
const nextSocket = () => new Promise((resolve) => setTimeout(resolve, 30));

beforeEach(() => localStorage.clear());
afterEach(() => {
  for (const chat of chats) chat.disconnect();
  chats = [];
  vi.unstubAllGlobals();
});

describe('hello', () => {
  it('is the first frame: page, language, lastSeq 0 and no resume on a fresh visit', () => {
    const { net } = newChat();
    net.latest.open();
    expect(net.latest.frames).toEqual([
      { type: 'hello', lastSeq: 0, page: { url: location.href, title: document.title }, lang: navigator.language },
    ]);
  });

  it('resumes the stored session', () => {
    localStorage.setItem(keys.session, JSON.stringify({ conversationId: 'conv-1', token: 'tok-1' }));
    const { net } = newChat();
    net.latest.open();
    expect(net.latest.frames[0]).toMatchObject({ type: 'hello', resume: { conversationId: 'conv-1', token: 'tok-1' }, lastSeq: 0 });
  });

  it('asks for everything after the highest seq held without a gap, on reconnect', async () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    net.latest.receive({ type: 'history', entries: [entry({ seq: 1, role: 'bot', text: 'a' }), entry({ seq: 2, role: 'bot', text: 'b' }), entry({ seq: 4, role: 'bot', text: 'd' })] });
    net.latest.drop(1006);
    await nextSocket();
    net.latest.open();
    expect(net.latest.frames[0]).toMatchObject({ type: 'hello', lastSeq: 2 });
    expect(chat.$entries.get().map((e) => e.seq)).toEqual([1, 2, 4]);
  });
});

describe('session', () => {
  it('persists the session frame under a key scoped by relay origin', () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    net.latest.receive({ type: 'session', conversationId: 'conv-9', token: 'tok-9' });
    expect(keys.session).toBe('baton:https://relay.test:session');
    expect(JSON.parse(localStorage.getItem(keys.session)!)).toEqual({ conversationId: 'conv-9', token: 'tok-9' });
    expect(chat.$session.get()).toEqual({ conversationId: 'conv-9', token: 'tok-9' });
  });

  it('forgets the stored session and clears entries when the resume is rejected', () => {
    localStorage.setItem(keys.session, JSON.stringify({ conversationId: 'conv-1', token: 'old' }));
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome({ session: { conversationId: 'conv-1', token: 'old' } }));
    net.latest.receive({ type: 'history', entries: [entry({ seq: 1, role: 'visitor', text: 'old question' })] });
    expect(chat.$entries.get()).toHaveLength(1);

    net.latest.receive({ type: 'error', code: 'resume-rejected', message: 'Unknown conversation.' });
    net.latest.receive(welcome());
    expect(localStorage.getItem(keys.session)).toBeNull();
    expect(chat.$session.get()).toBeNull();
    expect(chat.$entries.get()).toEqual([]);
    expect(visibleTexts(chat)).toEqual(['Hi! How can we help?']);
    expect(chat.$error.get()).toBeNull();
  });

  it('also forgets it when a welcome answers a resume without a session', () => {
    localStorage.setItem(keys.session, JSON.stringify({ conversationId: 'conv-1', token: 'old' }));
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    expect(localStorage.getItem(keys.session)).toBeNull();
    expect(chat.$session.get()).toBeNull();
  });

  it('ignores a malformed stored session', () => {
    localStorage.setItem(keys.session, '{"conversationId":5}');
    const { net } = newChat();
    net.latest.open();
    expect(net.latest.frames[0]).not.toHaveProperty('resume');
  });
});

describe('outbox', () => {
  it('resends the same clientId after a reconnect and welcome, and shows the line once after the echo', async () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    expect(chat.send('Is anyone there?')).toBe(true);
    const [first] = byType(net.latest.frames, 'message');

    net.latest.drop(1006);
    expect(visibleTexts(chat)).toEqual(['Hi! How can we help?', 'Is anyone there? (pending)']);
    await nextSocket();
    const second = net.latest;
    second.open();
    expect(second.frames.map((f) => f.type)).toEqual(['hello']);
    second.receive(welcome());
    expect(byType(second.frames, 'message')).toEqual([first]);

    second.receive({ type: 'session', conversationId: 'c', token: 't' });
    second.receive({ type: 'ack', clientId: first.clientId, seq: 1 });
    second.receive({ type: 'entry', entry: entry({ seq: 1, role: 'visitor', text: 'Is anyone there?', clientId: first.clientId as string }) });
    second.receive({ type: 'history', entries: [entry({ seq: 1, role: 'visitor', text: 'Is anyone there?', clientId: first.clientId as string })] });
    expect(visibleTexts(chat)).toEqual(['Hi! How can we help?', 'Is anyone there?']);
    expect(chat.$outbox.get()).toEqual([]);
    expect(localStorage.getItem(keys.outbox)).toBeNull();
  });

  it('resends several items in the order they were sent', async () => {
    const { chat, net } = newChat();
    chat.send('one');
    chat.requestPerson();
    chat.send('two');
    net.latest.open();
    expect(net.latest.frames.map((f) => f.type)).toEqual(['hello']);
    net.latest.receive(welcome());
    expect(net.latest.frames.slice(1).map((f) => f.text ?? f.type)).toEqual(['one', 'handoff', 'two']);
  });

  it('survives a reload: the outbox is stored and sent by the next page', () => {
    const before = newChat();
    before.chat.send('typed just before the reload');
    const stored = JSON.parse(localStorage.getItem(keys.outbox)!);
    expect(stored).toMatchObject([{ type: 'message', text: 'typed just before the reload' }]);
    before.chat.disconnect();

    const after = newChat();
    after.net.latest.open();
    after.net.latest.receive(welcome());
    expect(byType(after.net.latest.frames, 'message')).toEqual(stored);
    expect(visibleTexts(after.chat)).toEqual(['Hi! How can we help?', 'typed just before the reload (pending)']);
  });

  it('keeps the line on screen between the ack and its echo, then shows it once', () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    chat.send('hello');
    const [message] = byType(net.latest.frames, 'message');
    net.latest.receive({ type: 'ack', clientId: message.clientId, seq: 1 });
    expect(visibleTexts(chat)).toEqual(['Hi! How can we help?', 'hello']);
    net.latest.receive({ type: 'entry', entry: entry({ seq: 1, role: 'visitor', text: 'hello', clientId: message.clientId as string }) });
    net.latest.receive({ type: 'entry', entry: entry({ seq: 2, role: 'bot', text: 'Hi!' }) });
    expect(visibleTexts(chat)).toEqual(['Hi! How can we help?', 'hello', 'Hi!']);
  });

  it('drops an item whose echo arrives before its ack (another tab, or a lost ack)', () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    chat.send('hello');
    const [message] = byType(net.latest.frames, 'message');
    net.latest.receive({ type: 'entry', entry: entry({ seq: 1, role: 'visitor', text: 'hello', clientId: message.clientId as string }) });
    expect(chat.$outbox.get()).toEqual([]);
    expect(visibleTexts(chat)).toEqual(['Hi! How can we help?', 'hello']);
  });

  it('drops the largest pending frame after a too-big close, so it is not resent forever', async () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    chat.send('short');
    chat.send('a much longer message');
    net.latest.drop(1009);
    expect(chat.$outbox.get().map((item) => (item.type === 'message' ? item.text : item.type))).toEqual(['short']);
    expect(chat.$error.get()).toMatch(/too large/);
  });
});

describe('actions', () => {
  it('send trims, ignores empty text and enforces maxMessageLength', () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    expect(chat.send('   ')).toBe(false);
    expect(chat.send('y'.repeat(51))).toBe(false);
    expect(chat.$error.get()).toMatch(/limit is 50/);
    expect(chat.send(`  ${'y'.repeat(50)}  `)).toBe(true);
    expect(chat.$error.get()).toBeNull();
    expect(byType(net.latest.frames, 'message')).toMatchObject([{ text: 'y'.repeat(50) }]);
  });

  it('uses a distinct clientId per frame, falling back when crypto.randomUUID is missing', () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome());
    chat.send('a');
    vi.stubGlobal('crypto', {});
    chat.send('b');
    chat.send('c');
    vi.unstubAllGlobals();
    const ids = byType(net.latest.frames, 'message').map((f) => f.clientId as string);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(ids[1]).not.toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id.length).toBeGreaterThan(8);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(64);
  });

  it('requestPerson sends one handoff and refuses while queued or with an agent', () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome({ status: { mode: 'queued', wait: { position: 1, minutes: null } } }));
    expect(chat.requestPerson()).toBe(false);
    net.latest.receive({ type: 'status', status: { mode: 'bot' } });
    expect(chat.requestPerson()).toBe(true);
    expect(chat.requestPerson()).toBe(false);
    expect(byType(net.latest.frames, 'handoff')).toHaveLength(1);
  });

  it('submitTicket validates the email and sends trimmed fields', () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome({ status: { mode: 'offline' } }));
    for (const bad of ['', 'a@b', 'a b@c.de', '@b.co', 'a@.co']) expect(chat.submitTicket({ email: bad })).toBe(false);
    expect(byType(net.latest.frames, 'ticket')).toEqual([]);
    expect(chat.$error.get()).toMatch(/valid email/);
    expect(chat.submitTicket({ email: ' a@b.co ', name: '  ', question: ' Refund? ' })).toBe(true);
    const [ticket] = byType(net.latest.frames, 'ticket');
    expect(ticket).toEqual({ type: 'ticket', clientId: ticket.clientId, email: 'a@b.co', question: 'Refund?' });
    expect(chat.$ticket.get()).toBe('sending');
  });

  it('open, close and toggle drive $open', () => {
    const { chat } = newChat();
    chat.open();
    expect(chat.$open.get()).toBe(true);
    chat.toggle();
    expect(chat.$open.get()).toBe(false);
    chat.toggle();
    chat.close();
    expect(chat.$open.get()).toBe(false);
  });

  it('tracks the connection: connecting, open after welcome, closed after a drop', () => {
    const { chat, net } = newChat();
    expect(chat.$connection.get()).toBe('connecting');
    net.latest.open();
    expect(chat.$connection.get()).toBe('connecting');
    net.latest.receive(welcome());
    expect(chat.$connection.get()).toBe('open');
    net.latest.drop(1006);
    expect(chat.$connection.get()).toBe('closed');
  });

  it('clears typing when the agent writes or the mode leaves agent', () => {
    const { chat, net } = newChat();
    net.latest.open();
    net.latest.receive(welcome({ status: { mode: 'agent', agentLabel: 'Sam' } }));
    net.latest.receive({ type: 'typing', on: true, author: 'Sam' });
    expect(chat.$typing.get()).toEqual({ author: 'Sam' });
    net.latest.receive({ type: 'entry', entry: entry({ seq: 1, role: 'agent', author: 'Sam', text: 'hi' }) });
    expect(chat.$typing.get()).toBeNull();
    net.latest.receive({ type: 'typing', on: true, author: 'Sam' });
    net.latest.receive({ type: 'status', status: { mode: 'bot' } });
    expect(chat.$typing.get()).toBeNull();
  });

  it('keeps two chats apart', () => {
    const a = newChat();
    const b = newChat();
    a.chat.open();
    a.net.latest.open();
    a.net.latest.receive(welcome());
    expect(b.chat.$open.get()).toBe(false);
    expect(b.chat.$settings.get()).toBeNull();
  });
});
