import { describe, expect, it } from 'vitest';
import { estimateWait } from '../../server/session/estimate-wait';

describe('estimateWait', () => {
  it('gives no minutes without history rather than guessing', () => {
    expect(estimateWait(1, [])).toEqual({ position: 1, minutes: null });
  });
  it('uses the median recent time to accept, times the place in line, rounded up', () => {
    expect(estimateWait(1, [60_000, 120_000, 600_000])).toEqual({ position: 1, minutes: 2 });
    expect(estimateWait(3, [60_000, 120_000, 600_000])).toEqual({ position: 3, minutes: 6 });
    expect(estimateWait(1, [30_000, 90_000])).toEqual({ position: 1, minutes: 1 });
  });
  it('never says zero minutes', () => {
    expect(estimateWait(1, [1000])).toEqual({ position: 1, minutes: 1 });
  });
});
