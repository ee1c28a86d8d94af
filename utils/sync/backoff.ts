/**
 * Retry timing (sync-protocol.md, "Backoff"): exponential from 30 s, doubling, capped at 6 h,
 * with ±20 % jitter. The jitter spreads clients that failed together so they do not all come
 * back at the same instant; it is applied around the capped delay, so that clients at the cap
 * still spread (a delay at the cap lies in 4.8 h .. 7.2 h).
 */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 6 * 60 * 60 * 1000;
export const BACKOFF_JITTER = 0.2;

/**
 * The longest wait any stored retry time can legitimately stand for: the cap at its highest
 * jitter (a Retry-After is capped lower), plus a minute for the small steps of a clock's own sync.
 */
export const LONGEST_WAIT_MS = Math.round(BACKOFF_CAP_MS * (1 + BACKOFF_JITTER)) + 60_000;

/**
 * When a stored retry time (a hold's end, a report's nextAttemptAt) is due by the clock as it
 * reads now. One further ahead than any wait can be was set while the clock ran fast and has
 * since been set back (or came in with an import); taken at its word, it would stall the outbox
 * for as long as the clock was off. It is due now rather than a cap from now: how much of its
 * wait is left cannot be told, the user expects the reports out once the clock is right, and it
 * costs one request: an endpoint still busy answers with a new hold, on the right clock, and the
 * failures counted in the hold and the attempt logs carry the backoff on where it was.
 */
export function dueOnClock(at: number, now: number): number {
  return at > now + LONGEST_WAIT_MS ? now : at;
}

/** Delay before the retry that follows `failures` consecutive failures (1 = the first failure). */
export function backoffDelay(failures: number, random: () => number): number {
  const n = Math.max(1, Math.floor(failures));
  // 2^10 × 30 s already exceeds the cap (failure 11 on); clamping the exponent keeps the number finite.
  const capped = Math.min(BACKOFF_BASE_MS * 2 ** Math.min(n - 1, 20), BACKOFF_CAP_MS);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(capped * (1 - BACKOFF_JITTER + 2 * BACKOFF_JITTER * r));
}

/**
 * Reads `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Returns the wait in ms,
 * or undefined when the header is absent or unreadable (the caller then backs off). A hostile
 * endpoint cannot park the outbox for longer than the backoff cap.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (header == null) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, BACKOFF_CAP_MS);
  // Every HTTP date form starts with the day name; Date.parse alone would also take "-1" or "2026".
  if (!/^[A-Za-z]{3}/.test(value)) return undefined;
  // asctime() dates carry no zone but are UTC (RFC 9110 §5.6.7); Date.parse would read local time.
  const at = Date.parse(/GMT|UTC/.test(value) ? value : `${value} GMT`);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), BACKOFF_CAP_MS);
}

/**
 * Below this, a Retry-After asks for no wait at all: "0", or an HTTP date the client's fast clock
 * reads as past. Taken at its word it would resend at once, again and again, for as long as the
 * endpoint stays busy.
 */
const MIN_RETRY_AFTER_MS = 1000;

/** 429/503 (sync-protocol.md): "retry after Retry-After … else backoff"; a wait of nothing is no Retry-After. */
export function busyRetryDelay(askedMs: number | undefined, failures: number, random: () => number): number {
  return askedMs !== undefined && askedMs >= MIN_RETRY_AFTER_MS ? askedMs : backoffDelay(failures, random);
}

/**
 * How many failures in a row the report's log ends with at this endpoint (the log outlives
 * worker restarts): a new endpoint starts the backoff afresh. A 413 that
 * split the batch is no failure of the endpoint's (its halves went out at once).
 */
export function trailingFailures(
  attempts: readonly { outcome: string; endpoint?: string; code?: string }[],
  endpoint: string,
): number {
  let n = 0;
  for (let i = attempts.length - 1; i >= 0; i--) {
    const a = attempts[i];
    if (a?.code === 'batchSplit') continue;
    if (a?.outcome !== 'retry' || a.endpoint !== endpoint) break;
    n++;
  }
  return n;
}

/** A wait rounded to the unit a person reads it in: seconds up to 2 min, minutes up to 2 h, then hours. */
export function delayParts(ms: number): { n: number; unit: 's' | 'min' | 'h' } {
  const s = Math.round(ms / 1000);
  if (s < 120) return { n: s, unit: 's' };
  if (s < 7200) return { n: Math.round(s / 60), unit: 'min' };
  return { n: Math.round(s / 3600), unit: 'h' };
}

/** "30 s", "4 min", "2 h": for the English reason in the hold's own record (the pages word theirs, last-run-text.ts). */
export function describeDelay(ms: number): string {
  const { n, unit } = delayParts(ms);
  return `${n} ${unit}`;
}
