import type { SyncAttempt } from '../schemas/report';
import type { ReportOutcome } from '../store/outbox';
import { type AttemptContext, type BatchResult, type Stop, waitingWhy } from './attempt';
import { byteLength, halve, type WireReport } from './batch';

type SendBatch = (ctx: AttemptContext, batch: readonly WireReport[]) => Promise<BatchResult>;

/**
 * A timeout of a body larger than this, of more than one report, is halved like a 413 (a client
 * choice within sync-protocol.md, README.md). The endpoint answers only once it has read the whole
 * body, so the 15 s cover the upload: on a slow uplink a batch of screenshots (up to 4 MiB) never
 * arrives in time, and as a hold puts its reports back due together, in the same order, the same
 * batch would time out at every retry, the reports without screenshots in it stuck with the rest.
 * Halving finds a size the link carries, in this pass. Why only above this size: a body of 256 KiB
 * needs only about 140 kbit/s to arrive in 15 s, so its timeout says the endpoint is slow or down,
 * and more requests would only press it. Bound: a half is halved again only while it is above this
 * size with more than one report, so a report is in at most 6 requests of a pass (25 → 1), one after
 * another; the first timeout that may not be halved is the protocol's "keep pending, retry with
 * backoff" and stops the rest, so an endpoint that answers nothing gets at most 5 more. A smaller
 * packing limit for screenshots would instead guess the link's speed: requests wasted on every
 * fast link, and still too large for a slower one; halving costs only where the link is slow.
 */
export const TIMEOUT_SPLIT_MIN_BYTES = 256 * 1024;

export const splitsOnTimeout = (batch: readonly WireReport[], body: string): boolean =>
  batch.length > 1 && byteLength(body) > TIMEOUT_SPLIT_MIN_BYTES;

/**
 * 413: "halve the batch and retry at once"; a stop in the half sent first leaves the other unsent.
 * `split` is the 413 (or timeout) attempt itself: every report of the batch was in that request,
 * so each one's log shows it (sync-protocol.md: every attempt is logged), before what its half got.
 * `smallerFirst` (a timeout): a report too large for the link on its own is then tried after the
 * others, so that its hold stops only itself, not the reports packed with it.
 */
export async function sendHalves(
  send: SendBatch,
  ctx: AttemptContext,
  batch: readonly WireReport[],
  split: SyncAttempt,
  smallerFirst = false,
): Promise<BatchResult> {
  const result: BatchResult = { outcomes: [], requests: 1 };
  const [first, second] = halve(batch);
  const halves = smallerFirst && bytesOf(second) < bytesOf(first) ? [second, first] : [first, second];
  const gone = new Set<string>();
  for (const half of halves) {
    const part = await send(ctx, half);
    result.outcomes.push(...part.outcomes);
    result.requests += part.requests;
    for (const id of part.gone ?? []) gone.add(id);
    if (part.stop) {
      result.stop = part.stop;
      break;
    }
  }
  const settled = new Map(result.outcomes.map((o) => [o.id, o]));
  const now = ctx.now();
  // A report deleted before its half went out has no row left to log the split in.
  const outcomes = batch.flatMap((r): ReportOutcome[] => {
    if (gone.has(r.id)) return [];
    const o = settled.get(r.id);
    if (o) return [{ ...o, earlierAttempts: [split, ...(o.earlierAttempts ?? [])] }];
    return [unsent(r.id, split, result.stop, now)];
  });
  return { ...result, outcomes, ...(gone.size > 0 ? { gone: [...gone] } : {}) };
}

/**
 * Left unsent by a stop: still pending, with the 413 (or timeout) in its log, and due as the stop
 * says, like the reports its request carried: when a hold ends; at once after a pause (a settings
 * change lifts it) or a stop before any request (lost lock, changed settings), the split having
 * asked for a retry at once. Its own earlier due time is stale: past, or a backoff "Sync now" skipped.
 */
function unsent(id: string, split: SyncAttempt, stop: Stop | undefined, now: number): ReportOutcome {
  const outcome: ReportOutcome = { id, status: 'pending', attempt: split, nextAttemptAt: now };
  if (stop?.kind === 'hold') {
    outcome.nextAttemptAt = stop.until;
    outcome.statusWhy = waitingWhy(stop, Math.max(0, stop.until - now));
    // The browser's own words; the endpoint's would be about a request this report was not in.
    if (stop.detail) outcome.statusReason = stop.detail;
  } else if (stop?.kind === 'pause') outcome.statusWhy = waitingWhy(stop);
  // Otherwise its reason is the split (413, or the timeout): what it had before (a backoff's
  // "retrying in 6 h") is over.
  else
    outcome.statusWhy = { code: split.code ?? 'batchSplit', ...(split.status !== undefined ? { httpStatus: split.status } : {}) };
  return outcome;
}

const bytesOf = (half: readonly WireReport[]): number => half.reduce((n, r) => n + byteLength(r.json), 0);
