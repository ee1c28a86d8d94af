import type { SyncAttempt } from '../schemas/report';
import type { ReportOutcome } from '../store/outbox';
import { type AttemptContext, type BatchResult, type Stop, waitingWhy } from './attempt';
import { halve, type WireReport } from './batch';

type SendBatch = (ctx: AttemptContext, batch: readonly WireReport[]) => Promise<BatchResult>;

/**
 * 413: "halve the batch and retry at once"; a stop in the first half leaves the second unsent.
 * `split` is the 413 attempt itself: every report of the batch was in that request, so each
 * one's log shows it (sync-protocol.md: every attempt is logged), before what its half got.
 */
export async function sendHalves(
  send: SendBatch,
  ctx: AttemptContext,
  batch: readonly WireReport[],
  split: SyncAttempt,
): Promise<BatchResult> {
  const result: BatchResult = { outcomes: [], requests: 1 };
  for (const half of halve(batch)) {
    const part = await send(ctx, half);
    result.outcomes.push(...part.outcomes);
    result.requests += part.requests;
    if (part.stop) {
      result.stop = part.stop;
      break;
    }
  }
  const settled = new Map(result.outcomes.map((o) => [o.id, o]));
  const now = ctx.now();
  const outcomes = batch.map((r): ReportOutcome => {
    const o = settled.get(r.id);
    if (o) return { ...o, earlierAttempts: [split, ...(o.earlierAttempts ?? [])] };
    return unsent(r.id, split, result.stop, now);
  });
  return { ...result, outcomes };
}

/**
 * Left unsent by a stop: still pending, with the 413 in its log, and due as the stop says, like
 * the reports its request carried: when a hold ends; at once after a pause (a settings change
 * lifts it) or a stop before any request (lost lock, changed settings), the 413 having asked
 * for a retry at once. Its own earlier due time is stale: past, or a backoff "Sync now" skipped.
 */
function unsent(id: string, split: SyncAttempt, stop: Stop | undefined, now: number): ReportOutcome {
  const outcome: ReportOutcome = { id, status: 'pending', attempt: split, nextAttemptAt: now };
  if (stop?.kind === 'hold') {
    outcome.nextAttemptAt = stop.until;
    outcome.statusWhy = waitingWhy(stop, Math.max(0, stop.until - now));
    // The browser's own words; the endpoint's would be about a request this report was not in.
    if (stop.detail) outcome.statusReason = stop.detail;
  } else if (stop?.kind === 'pause') outcome.statusWhy = waitingWhy(stop);
  // Otherwise its reason is the split: what it had before (a backoff's "retrying in 6 h") is over.
  else outcome.statusWhy = { code: 'batchSplit', ...(split.status !== undefined ? { httpStatus: split.status } : {}) };
  return outcome;
}
