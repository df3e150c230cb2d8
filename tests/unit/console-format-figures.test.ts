import { describe, expect, it } from 'vitest';
import { formatAgo } from '../../console/lib/format-ago';
import { formatDay } from '../../console/lib/format-day';
import { formatDuration } from '../../console/lib/format-duration';
import { formatPercent } from '../../console/lib/format-percent';

describe('console figure formats', () => {
  it('formatDuration reads like a person would say it', () => {
    expect(formatDuration(-5)).toBe('0 s');
    expect(formatDuration(45_400)).toBe('45 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(3_600_000)).toBe('1 h');
    expect(formatDuration(3_780_000)).toBe('1 h 3 min');
  });

  it('formatPercent keeps at most one decimal', () => {
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('formatDay shortens ISO days and leaves anything else as sent', () => {
    expect(formatDay('2025-01-31')).toBe('31 Jan');
    expect(formatDay('2025-12-05')).toBe('5 Dec');
    expect(formatDay('2025-13-05')).toBe('2025-13-05');
    expect(formatDay('Monday')).toBe('Monday');
  });

  it('formatAgo', () => {
    const now = 10_000_000_000;
    expect(formatAgo(now - 30_000, now)).toBe('just now');
    expect(formatAgo(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(formatAgo(now - 2 * 3_600_000, now)).toBe('2 h ago');
    expect(formatAgo(now - 3 * 86_400_000, now)).toBe('3 d ago');
    expect(formatAgo(now + 60_000, now)).toBe('just now');
  });
});
