import { ErrorResponse, ReportBatchResponse } from '../schemas/protocol';
import type { SyncAttempt } from '../schemas/report';
import type { SyncStopCode } from '../schemas/sync-run';
import type { ReportOutcome } from '../store/outbox';
import { backoffDelay, describeDelay, parseRetryAfter, trailingFailures } from './backoff';
import { batchBody, halve, type WireReport } from './batch';
import { type FetchLike, postJson } from './http';

/** Everything one POST needs; `beforeRequest` renews the sync lease and says whether we still hold it. */
export type AttemptContext = {
  fetch: FetchLike;
  url: string;
  headers: Record<string, string>;
  timeoutMs?: number;
  now: () => number;
  random: () => number;
  /** Endpoint-level failures in a row before this one (drives the shared backoff). */
  holdFailures: number;
  beforeRequest: () => Promise<boolean>;
};

/** A stop as the UI words it (LastRun): a code, and the HTTP status or browser error behind it. */
export type StopWhy = { code: SyncStopCode; httpStatus?: number; detail?: string };

/** Why the run must stop after this batch; `reason` says it in English, for the hold's record. */
export type Stop = StopWhy &
  ({ kind: 'hold'; until: number; reason: string } | { kind: 'pause'; reason: string } | { kind: 'lost-lock'; reason: string });

export type BatchResult = { outcomes: ReportOutcome[]; stop?: Stop; requests: number };

export const TOKEN_REFUSED = 'the endpoint refused the access token';
const NOT_A_BATCH = 'the endpoint answered 200 with something that is not a batch result';

/**
 * Sends one batch and turns the answer into per-report outcomes, following the table in
 * sync-protocol.md ("Other responses and what the client does").
 */
export async function sendBatch(ctx: AttemptContext, batch: readonly WireReport[]): Promise<BatchResult> {
  if (!(await ctx.beforeRequest()))
    return { outcomes: [], stop: { kind: 'lost-lock', reason: 'another sync took over', code: 'lostLock' }, requests: 0 };
  const answer = await postJson({
    fetch: ctx.fetch,
    url: ctx.url,
    body: batchBody(batch),
    headers: ctx.headers,
    timeoutMs: ctx.timeoutMs,
  });
  const now = ctx.now();
  const attempt = (outcome: SyncAttempt['outcome'], status?: number, error?: string): SyncAttempt => ({
    at: new Date(now).toISOString(),
    endpoint: ctx.url.slice(0, 2048),
    ...(status !== undefined ? { status } : {}),
    ...(error !== undefined ? { error: error.slice(0, 500) } : {}),
    outcome,
  });
  // Transient: keep every report pending and hold the whole endpoint until the retry time.
  const hold = (why: StopWhy, reason: string, waitMs?: number): BatchResult => {
    const until = now + (waitMs ?? backoffDelay(ctx.holdFailures + 1, ctx.random));
    const text = `${reason}; retrying in ${describeDelay(until - now)}`;
    // The reason stays on the report while it waits, so the history can say why it is pending.
    const outcomes = batch.map((r) => ({
      id: r.id,
      status: 'pending' as const,
      statusReason: text,
      nextAttemptAt: until,
      attempt: attempt('retry', why.httpStatus, reason),
    }));
    return { outcomes, stop: { kind: 'hold', until, reason: text, ...why }, requests: 1 };
  };
  const rejectAll = (reason: string, status: number): BatchResult => ({
    outcomes: batch.map((r) => ({
      id: r.id,
      status: 'rejected',
      statusReason: reason,
      attempt: attempt('rejected', status, reason),
    })),
    requests: 1,
  });

  if (answer.kind === 'failed') return hold({ code: answer.code, detail: answer.detail }, answer.error);
  const { status, body } = answer;
  if (status === 200) {
    const parsed = ReportBatchResponse.safeParse(parseJson(body));
    if (!parsed.success) return hold({ code: 'badAnswer', httpStatus: status }, NOT_A_BATCH);
    return { outcomes: settle(batch, parsed.data, now, ctx.random, attempt), requests: 1 };
  }
  if (status === 400) return rejectAll(errorText(body) ?? 'the endpoint refused the batch (400)', status);
  if (status === 401 || status === 403) {
    const outcomes = batch.map((r) => ({
      id: r.id,
      status: 'pending' as const,
      nextAttemptAt: now,
      attempt: attempt('paused', status, TOKEN_REFUSED),
    }));
    return { outcomes, stop: { kind: 'pause', reason: TOKEN_REFUSED, code: 'tokenRefused' }, requests: 1 };
  }
  if (status === 413) {
    if (batch.length === 1) return rejectAll(errorText(body) ?? 'too large for the endpoint (413)', status);
    return sendHalves(ctx, batch);
  }
  if (status === 429 || status === 503) {
    const wait = parseRetryAfter(answer.retryAfter, now);
    return hold({ code: 'busy', httpStatus: status }, `the endpoint is busy (${status})`, wait);
  }
  const unexpected = status >= 500 ? '' : ' (unexpected)';
  return hold({ code: 'httpError', httpStatus: status }, `the endpoint answered ${status}${unexpected}`);
}

/** 413: "halve the batch and retry at once"; a stop in the first half leaves the second unsent. */
async function sendHalves(ctx: AttemptContext, batch: readonly WireReport[]): Promise<BatchResult> {
  const result: BatchResult = { outcomes: [], requests: 1 };
  for (const half of halve(batch)) {
    const part = await sendBatch(ctx, half);
    result.outcomes.push(...part.outcomes);
    result.requests += part.requests;
    if (part.stop) return { ...result, stop: part.stop };
  }
  return result;
}

/** Per-report result of a 200. An id the endpoint left out stays pending (transient) with its own backoff. */
function settle(
  batch: readonly WireReport[],
  answer: ReportBatchResponse,
  now: number,
  random: () => number,
  attempt: (outcome: SyncAttempt['outcome'], status?: number, error?: string) => SyncAttempt,
): ReportOutcome[] {
  const accepted = new Set(answer.accepted);
  const rejected = new Map(answer.rejected.map((r) => [r.id, r.reason]));
  return batch.map((r): ReportOutcome => {
    if (accepted.has(r.id)) return { id: r.id, status: 'synced', attempt: attempt('accepted', 200) };
    const reason = rejected.get(r.id);
    if (reason !== undefined)
      return { id: r.id, status: 'rejected', statusReason: reason, attempt: attempt('rejected', 200, reason) };
    const wait = backoffDelay(trailingFailures(r.stored.attempts) + 1, random);
    return {
      id: r.id,
      status: 'pending',
      nextAttemptAt: now + wait,
      attempt: attempt('retry', 200, 'the endpoint did not answer for this report'),
    };
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The endpoint's `{"error": string}`, when it sent one that reads as such. */
function errorText(body: string): string | undefined {
  const parsed = ErrorResponse.safeParse(parseJson(body));
  return parsed.success && parsed.data.error.trim() ? parsed.data.error.slice(0, 500) : undefined;
}
