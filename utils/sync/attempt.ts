import { ReportBatchResponse } from '../schemas/protocol';
import type { StatusWhy, SyncStopCode } from '../schemas/sync-run';
import type { ReportOutcome } from '../store/outbox';
import { errorText, type MakeAttempt, parseJson, settle } from './answer';
import { backoffDelay, busyRetryDelay, describeDelay, parseRetryAfter } from './backoff';
import { batchBody, type WireReport, withoutScreenshots } from './batch';
import { type FetchLike, postJson } from './http';
import { sendHalves, splitsOnTimeout } from './split';

/**
 * Everything one POST needs. `beforeRequest` runs before every POST: it renews the sync lease and
 * re-reads the settings, and says why not to send (lost lock, settings changed); then
 * `includeScreenshots` is the user's choice as of that moment, and `stillStored` drops the reports
 * the user deleted since the batch was packed.
 */
export type AttemptContext = {
  fetch: FetchLike;
  url: string;
  /** The endpoint's name, as each attempt logs it (reportsEndpoint in state.ts). */
  endpoint: string;
  headers: Record<string, string>;
  timeoutMs?: number;
  now: () => number;
  random: () => number;
  /** Endpoint-level failures in a row before this one (drives the shared backoff). */
  holdFailures: number;
  beforeRequest: () => Promise<Stop | undefined>;
  includeScreenshots: () => boolean;
  /**
   * The batch's reports that are still in the store. A split batch goes out over up to 6 requests
   * of 15 s each (split.ts): a report deleted meanwhile (often for its screenshot) must not leave
   * in a later one.
   */
  stillStored: (batch: readonly WireReport[]) => Promise<WireReport[]>;
};

/** A stop as the UI words it (LastRun): a code, and the HTTP status or browser error behind it. */
export type StopWhy = { code: SyncStopCode; httpStatus?: number; detail?: string };

/** Why the run must stop after this batch; `reason`, in English, is the hold's record (never shown); `offline`: drain.ts. */
export type Stop = StopWhy &
  (
    | { kind: 'hold'; until: number; reason: string; offline?: boolean }
    | { kind: 'pause'; reason: string }
    | { kind: 'lost-lock'; reason: string }
    | { kind: 'settings'; reason: string }
  );

/** `gone`: reports deleted before their request, so neither sent nor counted (they have no row to write). */
export type BatchResult = { outcomes: ReportOutcome[]; stop?: Stop; requests: number; gone?: string[] };

export const TOKEN_REFUSED = 'the endpoint refused the access token';
const NOT_A_BATCH = 'the endpoint answered 200 with something that is not a batch result';

/** A pending report's reason while it waits for a stop: its code and HTTP status, and the wait a hold sets. */
export const waitingWhy = ({ code, httpStatus }: StopWhy, retryInMs?: number): StatusWhy => ({
  code,
  ...(httpStatus !== undefined ? { httpStatus } : {}),
  ...(retryInMs !== undefined ? { retryInMs } : {}),
});

/**
 * Sends one batch and turns the answer into per-report outcomes, following the table in
 * sync-protocol.md ("Other responses and what the client does").
 */
export async function sendBatch(ctx: AttemptContext, packed: readonly WireReport[]): Promise<BatchResult> {
  const refused = await ctx.beforeRequest();
  if (refused) return { outcomes: [], stop: refused, requests: 0 };
  const batch = await ctx.stillStored(packed);
  const result = batch.length > 0 ? await post(ctx, batch) : { outcomes: [], requests: 0 };
  if (batch.length === packed.length) return result;
  const gone = packed.filter((r) => !batch.includes(r)).map((r) => r.id);
  return { ...result, gone: [...gone, ...(result.gone ?? [])] };
}

/** One POST of reports known to be stored, and what its answer does to each. */
async function post(ctx: AttemptContext, batch: readonly WireReport[]): Promise<BatchResult> {
  const { fetch, url, headers, timeoutMs } = ctx;
  const sent = batchBody(ctx.includeScreenshots() ? batch : withoutScreenshots(batch));
  const answer = await postJson({ fetch, url, body: sent, headers, timeoutMs });
  const now = ctx.now();
  const attempt: MakeAttempt = (outcome, why = {}) => ({
    at: new Date(now).toISOString(),
    endpoint: ctx.endpoint,
    ...(why.status !== undefined ? { status: why.status } : {}),
    ...(why.code !== undefined ? { code: why.code } : {}),
    ...(why.detail ? { error: why.detail.slice(0, 500) } : {}),
    outcome,
  });
  // The endpoint's own reason, when an error status came with {"error": string} (sync-protocol.md:
  // "every attempt is logged with … the endpoint's reason"); a 200's body is the batch result.
  const words = answer.kind === 'answer' && answer.status !== 200 ? errorText(answer.body) : undefined;
  // Transient: keep every report pending and hold the whole endpoint until the retry time.
  const hold = (why: StopWhy, reason: string, waitMs?: number): BatchResult => {
    const said = why.detail ?? words;
    const until = now + (waitMs ?? backoffDelay(ctx.holdFailures + 1, ctx.random));
    const status = why.httpStatus;
    // The reason stays on the report while it waits, so the history can say why it is pending.
    const statusWhy = waitingWhy(why, until - now);
    const outcomes = batch.map((r) => ({
      id: r.id,
      status: 'pending' as const,
      statusWhy,
      ...(said ? { statusReason: said } : {}),
      nextAttemptAt: until,
      attempt: attempt('retry', { status, code: why.code, detail: said }),
    }));
    const text = `${reason}; retrying in ${describeDelay(until - now)}`;
    return { outcomes, stop: { kind: 'hold', until, reason: text, ...why }, requests: 1 };
  };
  // 400, or 413 for one report: permanent. `words` is the endpoint's `error` text, when it sent one.
  const rejectAll = (code: 'batchRefused' | 'reportTooLarge', status: number, words: string | undefined): BatchResult => ({
    outcomes: batch.map((r) => ({
      id: r.id,
      status: 'rejected',
      statusWhy: { code, httpStatus: status },
      ...(words ? { statusReason: words } : {}),
      attempt: attempt('rejected', { status, code, detail: words }),
    })),
    requests: 1,
  });

  if (answer.kind === 'failed') {
    // A large batch the uplink could not carry in time: halved (split.ts). Logged as the timeout it
    // was, which counts in trailingFailures as any timeout: the endpoint did not answer.
    if (answer.code === 'timeout' && splitsOnTimeout(batch, sent))
      return sendHalves(sendBatch, ctx, batch, attempt('retry', { code: 'timeout' }), true);
    return hold({ code: answer.code, detail: answer.detail }, answer.error);
  }
  const { status, body } = answer;
  if (status === 200) {
    const parsed = ReportBatchResponse.safeParse(parseJson(body));
    if (!parsed.success) return hold({ code: 'badAnswer', httpStatus: status }, NOT_A_BATCH);
    return { outcomes: settle(batch, parsed.data, now, ctx.random, attempt, ctx.endpoint), requests: 1 };
  }
  if (status === 400) return rejectAll('batchRefused', status, words);
  if (status === 401 || status === 403) {
    const why = { status, code: 'tokenRefused' as const, detail: words };
    const statusWhy = waitingWhy({ code: why.code, httpStatus: status });
    const outcomes = batch.map((r) => ({
      id: r.id,
      status: 'pending' as const,
      statusWhy,
      ...(words ? { statusReason: words } : {}),
      nextAttemptAt: now,
      attempt: attempt('paused', why),
    }));
    return { outcomes, stop: { kind: 'pause', reason: TOKEN_REFUSED, code: 'tokenRefused' }, requests: 1 };
  }
  if (status === 413) {
    if (batch.length === 1) return rejectAll('reportTooLarge', status, words);
    return sendHalves(sendBatch, ctx, batch, attempt('retry', { status, code: 'batchSplit', detail: words }));
  }
  if (status === 429 || status === 503) {
    const wait = busyRetryDelay(parseRetryAfter(answer.retryAfter, now), ctx.holdFailures + 1, ctx.random);
    return hold({ code: 'busy', httpStatus: status }, `the endpoint is busy (${status})`, wait);
  }
  const unexpected = status >= 500 ? '' : ' (unexpected)';
  return hold({ code: 'httpError', httpStatus: status }, `the endpoint answered ${status}${unexpected}`);
}
