import { ErrorResponse, type ReportBatchResponse } from '../schemas/protocol';
import type { SyncAttempt } from '../schemas/report';
import type { SyncReasonCode } from '../schemas/sync-run';
import type { ReportOutcome } from '../store/outbox';
import { backoffDelay, trailingFailures } from './backoff';
import type { WireReport } from './batch';

/** What an attempt logs besides its time: a code for the page to word, and only foreign words as text. */
export type AttemptWhy = { status?: number; code?: SyncReasonCode; detail?: string };
export type MakeAttempt = (outcome: SyncAttempt['outcome'], why?: AttemptWhy) => SyncAttempt;

/** Per-report result of a 200. An id the endpoint left out stays pending (transient) with its own backoff. */
export function settle(
  batch: readonly WireReport[],
  answer: ReportBatchResponse,
  now: number,
  random: () => number,
  attempt: MakeAttempt,
  endpoint: string,
): ReportOutcome[] {
  // UUIDs compare without case (sync-protocol.md; the endpoint folds them): a report stored in
  // upper case before ids were lower-cased is the same one an endpoint echoes in lower case.
  const fold = (id: string) => id.toLowerCase();
  const accepted = new Set(answer.accepted.map(fold));
  const rejected = new Map(answer.rejected.map((r) => [fold(r.id), r.reason]));
  return batch.map((r): ReportOutcome => {
    if (accepted.has(fold(r.id))) return { id: r.id, status: 'synced', attempt: attempt('accepted', { status: 200 }) };
    const sent = rejected.get(fold(r.id));
    if (sent !== undefined) {
      // The endpoint's own words, as untrusted as an error body's.
      const reason = plainLine(sent) ?? '';
      const attempted = attempt('rejected', { status: 200, code: 'rejected', detail: reason });
      return { id: r.id, status: 'rejected', statusWhy: { code: 'rejected' }, statusReason: reason, attempt: attempted };
    }
    const wait = backoffDelay(trailingFailures(r.stored.attempts, endpoint) + 1, random);
    // Its own reason replaces one an earlier hold left ("busy; retrying in 30 s" would be stale).
    const statusWhy = { code: 'leftOut' as const, retryInMs: wait };
    return {
      id: r.id,
      status: 'pending',
      statusWhy,
      nextAttemptAt: now + wait,
      attempt: attempt('retry', { status: 200, code: 'leftOut' }),
    };
  });
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Control characters and bidi overrides/isolates, which could garble or disguise the line it is shown in.
const UNSAFE_CHARS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The endpoint's `{"error": string}`, when it sent one that reads as such: untrusted text, so
 * validated by zod, cut to the 500 characters a log entry holds, and made one plain line.
 */
export function errorText(body: string): string | undefined {
  const parsed = ErrorResponse.safeParse(parseJson(body));
  if (!parsed.success) return undefined;
  return plainLine(parsed.data.error);
}

/** The endpoint's words made one plain line of at most the 500 characters a log entry holds. */
function plainLine(words: string): string | undefined {
  const text = words.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 500) : undefined;
}
