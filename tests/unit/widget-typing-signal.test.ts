import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTypingSignal, TYPING_IDLE_MS } from '../../widget/stores/create-typing-signal';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createTypingSignal', () => {
  it('waits 3 s of quiet by default, restarting the countdown on each keystroke', () => {
    const sent: boolean[] = [];
    const signal = createTypingSignal((on) => (sent.push(on), true));
    expect(TYPING_IDLE_MS).toBe(3000);
    signal.input();
    vi.advanceTimersByTime(2000);
    signal.input();
    vi.advanceTimersByTime(2999);
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([true, false]);
    signal.stop();
    expect(sent).toEqual([true, false]);
  });

  it('tries again on the next keystroke when "on" could not be sent', () => {
    const sent: boolean[] = [];
    let connected = false;
    const signal = createTypingSignal((on) => connected && (sent.push(on), true), 500);
    signal.input();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([]);
    connected = true;
    signal.input();
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(500);
    expect(sent).toEqual([true, false]);
  });
});
