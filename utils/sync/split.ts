import type { SyncAttempt } from '../schemas/report';
import type { ReportOutcome } from '../store/outbox';
import type { AttemptContext, BatchResult } from './attempt';
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
  const outcomes = batch.map((r): ReportOutcome => {
    const o = settled.get(r.id);
    if (o) return { ...o, earlierAttempts: [split, ...(o.earlierAttempts ?? [])] };
    // Left unsent by a stop: still pending, due when it was, with the 413 in its log.
    return { id: r.id, status: 'pending', attempt: split, nextAttemptAt: r.stored.nextAttemptAt };
  });
  return { ...result, outcomes };
}
