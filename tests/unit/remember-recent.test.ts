import { describe, expect, it, vi } from 'vitest';
import { rememberRecent } from '../../server/triggers/remember-recent';

describe('rememberRecent', () => {
  it('works each text out once and gives the same answer again', () => {
    const fn = vi.fn((text: string) => text.toUpperCase());
    const remembered = rememberRecent(fn);
    expect(remembered('agent pls')).toBe('AGENT PLS');
    expect(remembered('agent pls')).toBe('AGENT PLS');
    expect(remembered('hours?')).toBe('HOURS?');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('remembers an empty answer too', () => {
    const fn = vi.fn(() => '');
    const remembered = rememberRecent(fn);
    remembered('   ');
    remembered('   ');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('holds at most max answers, so old conversations are not kept', () => {
    const fn = vi.fn((text: string) => text.length);
    const remembered = rememberRecent(fn, 2);
    remembered('a');
    remembered('bb');
    remembered('ccc'); // full: forgets a and bb
    remembered('a');
    expect(fn).toHaveBeenCalledTimes(4);
    expect(remembered('ccc')).toBe(3);
  });
});
