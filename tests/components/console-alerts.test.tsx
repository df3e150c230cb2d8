// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTab, settle, startSignedIn, waitingView, welcome } from './console-harness';

/** Web Audio stand-in: counts the tones started. */
class FakeAudioContext {
  static tones = 0;
  state = 'running';
  currentTime = 0;
  destination = {};
  resume(): Promise<void> {
    return Promise.resolve();
  }
  createOscillator() {
    return {
      type: 'sine',
      frequency: { setValueAtTime: () => undefined },
      connect: (node: unknown) => node,
      start: () => {
        FakeAudioContext.tones += 1;
      },
      stop: () => undefined,
    };
  }
  createGain() {
    return { gain: { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined }, connect: (node: unknown) => node };
  }
}

/** Notification API stand-in: records what was shown and whether permission was asked for. */
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static shown: FakeNotification[] = [];
  static requestPermission = vi.fn(async (): Promise<NotificationPermission> => {
    FakeNotification.permission = 'granted';
    return 'granted';
  });
  onclick: (() => void) | null = null;
  constructor(
    public title: string,
    public options: NotificationOptions = {},
  ) {
    FakeNotification.shown.push(this);
  }
  close(): void {}
}

let hidden = false;

beforeEach(() => {
  FakeAudioContext.tones = 0;
  FakeNotification.permission = 'granted';
  FakeNotification.shown = [];
  FakeNotification.requestPermission.mockClear();
  hidden = false;
  vi.stubGlobal('AudioContext', FakeAudioContext);
  vi.stubGlobal('Notification', FakeNotification);
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  delete (document as { hidden?: boolean }).hidden;
});

const frustrated = waitingView('conv-2', {
  visitor: { name: 'Bo' },
  status: { mode: 'queued', reason: { code: 'frustration', label: 'Visitor is frustrated', evidence: '"useless"' } },
});

describe('agent console: new escalations are announced at once', () => {
  it('a conversation entering the queue chimes and, with the tab hidden, shows "New conversation waiting" with the reason', async () => {
    const socket = await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
    // Those already waiting at sign-in are not news.
    expect(FakeAudioContext.tones).toBe(0);
    hidden = true;
    socket.push({ type: 'queue', items: [waitingView('conv-1'), frustrated] });
    expect(FakeAudioContext.tones).toBe(1);
    expect(FakeNotification.shown).toHaveLength(1);
    expect(FakeNotification.shown[0].title).toBe('New conversation waiting');
    expect(FakeNotification.shown[0].options.body).toContain('Visitor is frustrated');
    expect(await screen.findByText('"useless"')).toBeTruthy();
    // The same queue again (it moved, nobody new) is quiet.
    socket.push({ type: 'queue', items: [frustrated, waitingView('conv-1')] });
    expect(FakeAudioContext.tones).toBe(1);
    expect(FakeNotification.shown).toHaveLength(1);
    // Clicking the notification opens the conversation.
    await openTab('Mine');
    FakeNotification.shown[0].onclick?.();
    expect(await screen.findByRole('heading', { name: 'Bo' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Waiting' }).getAttribute('aria-selected')).toBe('true');
  });

  it('with the tab visible it chimes but shows no notification', async () => {
    const socket = await startSignedIn(welcome());
    socket.push({ type: 'queue', items: [frustrated] });
    expect(FakeAudioContext.tones).toBe(1);
    expect(FakeNotification.shown).toHaveLength(0);
  });

  it('stays quiet while the agent is unavailable, and for a team the agent is not in', async () => {
    const socket = await startSignedIn(welcome({ agent: { id: 'sam', label: 'Sam', teams: ['support'] }, available: false }));
    hidden = true;
    socket.push({ type: 'queue', items: [frustrated] });
    expect(FakeAudioContext.tones).toBe(0);
    expect(FakeNotification.shown).toHaveLength(0);
    socket.push({ type: 'presence', available: true, agentsAvailable: 1 });
    socket.push({ type: 'queue', items: [frustrated, waitingView('conv-3', { team: 'billing' })] });
    expect(FakeAudioContext.tones).toBe(0);
    // Unless routing suggests this agent.
    socket.push({ type: 'queue', items: [frustrated, waitingView('conv-3', { team: 'billing' }), waitingView('conv-4', { team: 'billing', suggestedAgentId: 'sam' })] });
    expect(FakeAudioContext.tones).toBe(1);
    socket.push({ type: 'queue', items: [waitingView('conv-5', { team: 'support' })] });
    expect(FakeAudioContext.tones).toBe(2);
  });

  it('asks for notification permission only when "Enable notifications" is pressed', async () => {
    FakeNotification.permission = 'default';
    await startSignedIn(welcome());
    await settle();
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
    const button = screen.getByRole('button', { name: 'Enable notifications' });
    fireEvent.click(button);
    expect(FakeNotification.requestPermission).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Enable notifications' })).toBeNull());
  });

  it('says so when notifications are blocked, and offers no button', async () => {
    FakeNotification.permission = 'denied';
    await startSignedIn(welcome());
    expect(screen.getByText('Notifications blocked')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Enable notifications' })).toBeNull();
  });

  it('keeps the waiting count in the tab title', async () => {
    const socket = await startSignedIn(welcome({ queue: [waitingView('conv-1')] }));
    const { syncDocumentTitle } = await import('../../console/stores/document-title');
    const unbind = syncDocumentTitle();
    expect(document.title).toBe('(1) Baton — Agent console');
    socket.push({ type: 'queue', items: [waitingView('conv-1'), frustrated] });
    expect(document.title).toBe('(2) Baton — Agent console');
    socket.push({ type: 'queue', items: [] });
    expect(document.title).toBe('Baton — Agent console');
    unbind();
  });
});
