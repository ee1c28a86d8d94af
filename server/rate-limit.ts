/** How many requests one token (or one client address, when the server is open) may make. */
export interface RateLimitOptions {
  /** Sustained rate. 600/min lets the 10,000-report sync benchmark (400 batches) run unthrottled. */
  requestsPerMinute: number;
  /** Requests allowed at once after a quiet spell; defaults to one minute's worth. */
  burst?: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { requestsPerMinute: 600 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Spends one request of `key`'s budget; `peek` only tells whether one would be allowed. */
export interface RateLimiter {
  (key: string): RateDecision;
  peek(key: string): RateDecision;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Beyond this many keys, buckets that have refilled completely are forgotten. */
const MAX_REMEMBERED_KEYS = 10_000;

/**
 * A token bucket per key: a client may spend `burst` requests at once and then
 * `requestsPerMinute` steadily. Retry-After tells it exactly when the next one is allowed.
 */
export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  const perMs = options.requestsPerMinute / 60_000;
  const capacity = Math.max(1, options.burst ?? options.requestsPerMinute);
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(capacity, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
  };

  const forgetFullBuckets = (at: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= capacity) buckets.delete(key);
    }
  };

  const decide = (key: string, spend: boolean): RateDecision => {
    const at = now();
    let bucket = buckets.get(key);
    if (!bucket) {
      if (!spend) return { allowed: true }; // an unknown key has a full bucket
      if (buckets.size >= MAX_REMEMBERED_KEYS) forgetFullBuckets(at);
      bucket = { tokens: capacity, updatedAt: at };
      buckets.set(key, bucket);
    }
    refill(bucket, at);
    if (bucket.tokens >= 1) {
      if (spend) bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  };
  return Object.assign((key: string) => decide(key, true), { peek: (key: string) => decide(key, false) });
}
