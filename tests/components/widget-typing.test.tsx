// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeSocket } from '../helpers/widget-fake-socket';
import { renderWidget, sentOfType, startChat } from '../helpers/widget-setup';

beforeEach(() => {
  localStorage.clear();
  // Only timers: Preact renders on microtasks, which must keep running.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function openWidget() {
  const started = startChat();
  started.chat.open();
  renderWidget(started.chat);
  const box = screen.getByRole('textbox', { name: 'Message' });
  const type = (value: string) => fireEvent.input(box, { target: { value } });
  return { ...started, box, type };
}

/** The typing frames sent so far, as on/off. */
function typingFrames(socket: FakeSocket) {
  return sentOfType(socket.frames, 'typing').map((frame) => frame.on);
}

describe('visitor typing', () => {
  it('sends on once when typing starts and off once after 3 s without input', () => {
    const { net, type } = openWidget();
    type('H');
    type('He');
    type('Hel');
    expect(typingFrames(net.latest)).toEqual([true]);
    expect(sentOfType(net.latest.frames, 'typing')[0]).toEqual({ type: 'typing', on: true });

    vi.advanceTimersByTime(2999);
    type('Hell');
    vi.advanceTimersByTime(2999);
    expect(typingFrames(net.latest)).toEqual([true]);

    vi.advanceTimersByTime(1);
    expect(typingFrames(net.latest)).toEqual([true, false]);
    vi.advanceTimersByTime(60_000);
    expect(typingFrames(net.latest)).toEqual([true, false]);

    type('Hello');
    expect(typingFrames(net.latest)).toEqual([true, false, true]);
  });

  it('sends off at once on send, and nothing more when the idle time passes', () => {
    const { net, type, box } = openWidget();
    type('Hello');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(net.latest.frames.map((frame) => (frame.type === 'typing' ? `typing:${frame.on}` : frame.type))).toEqual(['hello', 'typing:true', 'message', 'typing:false']);
    vi.advanceTimersByTime(10_000);
    expect(typingFrames(net.latest)).toEqual([true, false]);
  });

  it('sends off when the box is emptied, and nothing for whitespace alone', () => {
    const { net, type } = openWidget();
    type('   ');
    expect(typingFrames(net.latest)).toEqual([]);
    type('Hi');
    type('');
    expect(typingFrames(net.latest)).toEqual([true, false]);
    vi.advanceTimersByTime(10_000);
    expect(typingFrames(net.latest)).toEqual([true, false]);
  });
});
