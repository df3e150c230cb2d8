import { describe, expect, it } from 'vitest';
import { formatWait } from '../../console/lib/format-wait';

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
