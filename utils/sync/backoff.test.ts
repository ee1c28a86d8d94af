import { describe, expect, it } from 'vitest';
import {
  BACKOFF_CAP_MS,
  backoffDelay,
  busyRetryDelay,
  describeDelay,
  dueOnClock,
  LONGEST_WAIT_MS,
  parseRetryAfter,
  trailingFailures,
} from './backoff';

describe('backoffDelay', () => {
  const mid = () => 0.5;

  it('starts at 30 s and doubles', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, mid))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it('caps at 6 h, also after very many failures', () => {
    expect(backoffDelay(10, mid)).toBe(15_360_000);
    expect(backoffDelay(11, mid)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(10_000, mid)).toBe(BACKOFF_CAP_MS);
  });

  it('jitters by at most ±20 %', () => {
    expect(backoffDelay(1, () => 0)).toBe(24_000);
    expect(backoffDelay(1, () => 0.999_999)).toBeCloseTo(36_000, -1);
    expect(backoffDelay(12, () => 0)).toBe(BACKOFF_CAP_MS * 0.8);
    expect(backoffDelay(12, () => 1)).toBe(BACKOFF_CAP_MS * 1.2);
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const samples = Array.from({ length: 2000 }, () => backoffDelay(3, random));
    expect(Math.min(...samples)).toBeGreaterThanOrEqual(96_000);
    expect(Math.max(...samples)).toBeLessThanOrEqual(144_000);
    // Spread, not a constant: both ends of the band are reached.
    expect(Math.min(...samples)).toBeLessThan(100_000);
    expect(Math.max(...samples)).toBeGreaterThan(140_000);
  });

  it('treats nonsense failure counts and random values as bounded', () => {
    expect(backoffDelay(0, mid)).toBe(30_000);
    expect(backoffDelay(-3, mid)).toBe(30_000);
    expect(backoffDelay(1, () => 7)).toBe(36_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 28, 12, 0, 0);

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads the three HTTP date forms', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Saturday, 28-Nov-26 12:02:00 GMT', now)).toBe(120_000);
    expect(parseRetryAfter('Sat Nov 28 12:00:10 2026', now)).toBe(10_000);
  });

  it('takes a date in the past as "now"', () => {
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent and unreadable values, so the caller backs off', () => {
    for (const bad of [null, undefined, '', 'soon', '-5', '1.5', 'Xyz, 99 Foo 2026 GMT']) {
      expect(parseRetryAfter(bad, now)).toBeUndefined();
    }
  });

  it('never waits longer than the backoff cap', () => {
    expect(parseRetryAfter('999999999', now)).toBe(BACKOFF_CAP_MS);
    expect(parseRetryAfter('Sun, 01 Jan 2090 00:00:00 GMT', now)).toBe(BACKOFF_CAP_MS);
  });
});

describe('busyRetryDelay', () => {
  const half = () => 0.5;
  it('waits as asked, and backs off when no wait (or under a second) was asked', () => {
    expect(busyRetryDelay(120_000, 1, half)).toBe(120_000);
    expect(busyRetryDelay(1000, 1, half)).toBe(1000);
    expect(busyRetryDelay(undefined, 1, half)).toBe(30_000);
    expect(busyRetryDelay(0, 1, half)).toBe(30_000);
    expect(busyRetryDelay(999, 3, half)).toBe(120_000);
  });
});

describe('trailingFailures and describeDelay', () => {
  it('counts the retries that end the log', () => {
    const log = (...o: string[]) => o.map((outcome) => ({ outcome, endpoint: 'b' }));
    expect(trailingFailures(log(), 'b')).toBe(0);
    expect(trailingFailures(log('retry', 'paused', 'retry', 'retry'), 'b')).toBe(2);
    expect(trailingFailures(log('retry', 'accepted'), 'b')).toBe(0);
    const at = (endpoint: string) => ({ outcome: 'retry', endpoint });
    expect(trailingFailures([at('a'), at('b'), at('b')], 'b')).toBe(2);
    expect(trailingFailures([at('b'), at('a')], 'b')).toBe(0);
    expect(trailingFailures([at('b'), { ...at('b'), code: 'batchSplit' }], 'b')).toBe(1);
  });

  it('says delays in words', () => {
    expect(describeDelay(30_000)).toBe('30 s');
    expect(describeDelay(480_000)).toBe('8 min');
    expect(describeDelay(BACKOFF_CAP_MS)).toBe('6 h');
  });
});

describe('dueOnClock', () => {
  const now = Date.UTC(2026, 10, 28, 12, 0, 0);
  it('keeps any time a backoff or Retry-After can set, and reads one beyond that as due now', () => {
    expect(LONGEST_WAIT_MS).toBeGreaterThanOrEqual(backoffDelay(12, () => 1));
    expect(dueOnClock(now + backoffDelay(12, () => 1), now)).toBe(now + BACKOFF_CAP_MS * 1.2);
    expect(dueOnClock(now + LONGEST_WAIT_MS, now)).toBe(now + LONGEST_WAIT_MS);
    expect(dueOnClock(now + LONGEST_WAIT_MS + 1, now)).toBe(now);
    expect(dueOnClock(now + 3 * 86_400_000, now)).toBe(now);
    expect(dueOnClock(now - 5000, now)).toBe(now - 5000);
    expect(dueOnClock(0, now)).toBe(0);
  });
});
