import { describe, expect, it } from 'vitest';
import { originAllowed } from '../../server/relay/check-origin';
import { createRateLimiter } from '../../server/relay/create-rate-limiter';

describe('rate limiter', () => {
  it('allows a burst, then refills at the sustained rate', () => {
    let t = 0;
    const limiter = createRateLimiter(2, 3, () => t);
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, true, false]);
    t = 500;
    expect([limiter.take(), limiter.take()]).toEqual([true, false]);
    t = 10_000;
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, true, false]);
  });
});

describe('origin allow-list', () => {
  it('allows listed origins and "*", refuses others and a missing Origin', () => {
    expect(originAllowed('https://shop.example', ['https://shop.example'])).toBe(true);
    expect(originAllowed('https://evil.example', ['https://shop.example'])).toBe(false);
    expect(originAllowed('https://any.example', ['*'])).toBe(true);
    expect(originAllowed(undefined, ['*'])).toBe(false);
  });
});
