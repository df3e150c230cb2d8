// @vitest-environment happy-dom
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../protocol/entry';
import type { Status } from '../../protocol/status';
import { createHostApi, type HostApi } from '../../widget/api/create-host-api';
import { replayQueue } from '../../widget/api/replay-queue';
import { mount, type MountedWidget } from '../../widget/mount';
import { storageKeys } from '../../widget/stores/storage-keys';
import { fakeSockets } from '../helpers/widget-fake-socket';
import { entry, RELAY, welcome } from '../helpers/widget-frames';
import { sentOfType } from '../helpers/widget-setup';

/** The snippet the README tells site owners to paste, verbatim. */
const SNIPPET = 'window.Baton=window.Baton||function(){(Baton.q=Baton.q||[]).push(arguments)};';

type PageWindow = Window & { Baton?: HostApi & { q?: unknown[] } };
const page = window as PageWindow;

let mounted: MountedWidget | undefined;

/** Runs the widget script's start-up the way widget/index.ts does, on a fake socket. */
function load() {
  const net = fakeSockets();
  mounted = mount({ relayUrl: RELAY, WebSocket: net.WebSocket });
  replayQueue(window, createHostApi(mounted.chat));
  // The container div inside the shadow root: queries need an element, not the root itself.
  return { net, shadow: within(mounted.host.shadowRoot!.querySelector('div')!) };
}

/** The page's own calls, through whatever window.Baton is now (the stub or the real API). */
function Baton(...args: unknown[]): unknown {
  return (page.Baton as unknown as (...a: unknown[]) => unknown)(...args);
}

beforeEach(() => {
  localStorage.clear();
  delete page.Baton;
});
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  delete page.Baton;
  vi.restoreAllMocks();
});

describe('queue snippet', () => {
  it('replays calls made before the script loaded, in order, then becomes the real API', async () => {
    new Function(SNIPPET)();
    const log: string[] = [];
    Baton('on', 'open', () => log.push('open'));
    Baton('identify', { userId: 'u-42', name: 'Ada', email: 'ada@example.com', attributes: { plan: 'pro' }, signature: 'ab12' });
    Baton('open');
    Baton('close');
    Baton('on', 'close', () => log.push('close (registered after the first close)'));
    Baton('open');
    expect(page.Baton!.q).toHaveLength(6);

    const { net, shadow } = load();
    expect(log).toEqual(['open', 'open']);
    expect(await shadow.findByRole('dialog', { name: /Chat with/ })).toBeTruthy();

    // The identity waits for the welcome, and goes before anything else.
    net.latest.open();
    net.latest.receive(welcome());
    expect(net.latest.frames.map((frame) => frame.type)).toEqual(['hello', 'identify']);
    expect(net.latest.frames[1]).toEqual({ type: 'identify', userId: 'u-42', name: 'Ada', email: 'ada@example.com', attributes: { plan: 'pro' }, signature: 'ab12' });

    // Now the real API: methods, and still callable like the snippet.
    expect(page.Baton!.q).toBeUndefined();
    page.Baton!.close();
    await waitFor(() => expect(shadow.queryByRole('dialog')).toBeNull());
    Baton('open');
    expect(await shadow.findByRole('dialog')).toBeTruthy();
    expect(log).toEqual(['open', 'open', 'close (registered after the first close)', 'open']);
  });

  it('works without the snippet: a page that never queued anything gets a working API', async () => {
    const { shadow } = load();
    expect(typeof page.Baton!.open).toBe('function');
    page.Baton!.open();
    expect(await shadow.findByRole('dialog')).toBeTruthy();
  });

  it('applies calls a replayed listener queues while the replay runs', () => {
    new Function(SNIPPET)();
    Baton('on', 'open', () => Baton('close'));
    Baton('open');
    const { shadow } = load();
    expect(shadow.queryByRole('dialog')).toBeNull();
    expect(mounted!.chat.$open.get()).toBe(false);
  });

  it('warns about an unknown method or event and a bad identity, and carries on', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    new Function(SNIPPET)();
    Baton('shutdown');
    Baton('on', 'mesage', () => {});
    Baton('identify', { userId: 42 });
    Baton('open');
    const { net } = load();
    net.latest.open();
    net.latest.receive(welcome());
    expect(mounted!.chat.$open.get()).toBe(true);
    expect(sentOfType(net.latest.frames, 'identify')).toEqual([]);
    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([
      expect.stringContaining('unknown method "shutdown"'),
      expect.stringContaining('Baton.on'),
      expect.stringContaining('userId'),
    ]);
  });
});

describe('Baton.on', () => {
  it('fires message for each new entry once, and stops after unsubscribe', () => {
    const { net } = load();
    net.latest.open();
    net.latest.receive(welcome());
    const messages: Entry[] = [];
    const off = page.Baton!.on('message', (e) => messages.push(e));

    const question = entry({ seq: 1, role: 'visitor', text: 'Where is my order?', clientId: 'c1' });
    const answer = entry({ seq: 2, role: 'bot', text: 'Orders ship in 2 days.' });
    net.latest.receive({ type: 'entry', entry: question });
    net.latest.receive({ type: 'entry', entry: answer });
    net.latest.receive({ type: 'history', entries: [question, answer] });
    expect(messages).toEqual([question, answer]);

    off();
    net.latest.receive({ type: 'entry', entry: entry({ seq: 3, role: 'bot', text: 'Anything else?' }) });
    expect(messages).toHaveLength(2);
  });

  it('treats a resumed conversation’s earlier entries and status as history, not news', () => {
    localStorage.setItem(storageKeys(RELAY).session, JSON.stringify({ conversationId: 'c1', token: 't1' }));
    const { net } = load();
    const seen: string[] = [];
    page.Baton!.on('message', (e) => seen.push(`message ${e.seq}`));
    page.Baton!.on('handoff', (s) => seen.push(`handoff ${s.mode}`));
    net.latest.open();
    net.latest.receive(welcome({ session: { conversationId: 'c1', token: 't1' }, lastSeq: 2, status: { mode: 'queued', wait: { position: 1, minutes: null } } }));
    net.latest.receive({ type: 'history', entries: [entry({ seq: 1, role: 'visitor', text: 'hi' }), entry({ seq: 2, role: 'bot', text: 'hello' })] });
    expect(seen).toEqual([]);

    net.latest.receive({ type: 'entry', entry: entry({ seq: 3, role: 'system', kind: 'joined', text: 'Sam joined' }) });
    expect(seen).toEqual(['message 3']);

    // The conversation is gone (say, on a later reconnect): the next one's entries are all news.
    net.latest.receive({ type: 'error', code: 'resume-rejected', message: 'Unknown conversation.' });
    net.latest.receive(welcome());
    net.latest.receive({ type: 'session', conversationId: 'c2', token: 't2' });
    for (const seq of [1, 2, 3]) net.latest.receive({ type: 'entry', entry: entry({ seq, role: 'visitor', text: `again ${seq}` }) });
    expect(seen).toEqual(['message 3', 'message 1', 'message 2', 'message 3']);
  });

  it('fires handoff, agent-joined and resolved as the conversation changes', () => {
    const { net } = load();
    net.latest.open();
    net.latest.receive(welcome());
    const seen: unknown[] = [];
    page.Baton!.on('handoff', (s: Status) => seen.push(['handoff', s]));
    page.Baton!.on('agent-joined', (p) => seen.push(['agent-joined', p]));
    page.Baton!.on('resolved', () => seen.push(['resolved']));

    const queued: Status = { mode: 'queued', reason: { code: 'button', label: 'Asked for a person' }, wait: { position: 2, minutes: null } };
    net.latest.receive({ type: 'status', status: queued });
    net.latest.receive({ type: 'status', status: { ...queued, wait: { position: 1, minutes: null } } });
    net.latest.receive({ type: 'status', status: { mode: 'agent', agentLabel: 'Sam' } });
    net.latest.receive({ type: 'status', status: { mode: 'agent', agentLabel: 'Sam' } });
    net.latest.receive({ type: 'status', status: { mode: 'agent', agentLabel: 'Kim' } });
    net.latest.receive({ type: 'entry', entry: entry({ seq: 1, role: 'system', kind: 'resolved', text: 'Resolved' }) });
    net.latest.receive({ type: 'status', status: { mode: 'bot' } });
    net.latest.receive({ type: 'status', status: { mode: 'offline' } });

    expect(seen).toEqual([
      ['handoff', queued],
      ['agent-joined', { agentLabel: 'Sam' }],
      ['agent-joined', { agentLabel: 'Kim' }],
      ['resolved'],
      ['handoff', { mode: 'offline' }],
    ]);
  });

  it('fires open and close however the panel moves, and a throwing listener stops nothing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { shadow } = load();
    const seen: string[] = [];
    page.Baton!.on('open', () => {
      throw new Error('page bug');
    });
    page.Baton!.on('open', () => seen.push('open'));
    page.Baton!.on('close', () => seen.push('close'));

    fireEvent.click(shadow.getByRole('button', { name: 'Open chat' }));
    fireEvent.click(await shadow.findByRole('button', { name: 'Close chat' }));
    expect(seen).toEqual(['open', 'close']);
    expect(error).toHaveBeenCalledTimes(1);
    expect(mounted!.chat.$open.get()).toBe(false);
  });
});
