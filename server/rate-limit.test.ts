import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('allows a burst, then one request per refill interval, with an exact Retry-After', () => {
    let now = 0;
    const allow = createRateLimiter({ requestsPerMinute: 60, burst: 3 }, () => now);
    expect([allow('a'), allow('a'), allow('a')].every((decision) => decision.allowed)).toBe(true);
    expect(allow('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(allow('b').allowed).toBe(true); // keys do not share a bucket
    now = 999;
    expect(allow('a').allowed).toBe(false);
    now = 1000;
    expect(allow('a').allowed).toBe(true);
    expect(allow('a').allowed).toBe(false);
  });

  it('lets the 10,000-report sync benchmark (400 batches) through at the default 600/min', () => {
    let now = 0;
    const allow = createRateLimiter({ requestsPerMinute: 600 }, () => now);
    let refused = 0;
    // 400 batches in 4 s: far faster than anyone syncs.
    for (let batch = 0; batch < 400; batch++, now += 10) if (!allow('token').allowed) refused++;
    expect(refused).toBe(0);
  });

  it('says how long to wait when the sustained rate is low', () => {
    let now = 0;
    const allow = createRateLimiter({ requestsPerMinute: 2, burst: 1 }, () => now);
    expect(allow('a').allowed).toBe(true);
    expect(allow('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now = 20_000;
    expect(allow('a')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('peeks without spending, also for a key it has not seen', () => {
    const allow = createRateLimiter({ requestsPerMinute: 60, burst: 1 }, () => 0);
    expect(allow.peek('a')).toEqual({ allowed: true });
    expect(allow.peek('a')).toEqual({ allowed: true });
    expect(allow('a').allowed).toBe(true);
    expect(allow.peek('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
