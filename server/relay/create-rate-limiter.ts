/**
 * A token bucket for one connection: `burst` frames at once, refilled at `ratePerSecond`.
 * `take()` answers whether one more frame is allowed now. `now` is injectable for tests.
 */
export function createRateLimiter(ratePerSecond: number, burst: number, now: () => number = Date.now) {
  let tokens = burst;
  let last = now();
  return {
    take(): boolean {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * ratePerSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
