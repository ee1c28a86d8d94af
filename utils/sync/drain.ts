import { MAX_BATCH } from '../schemas/protocol';
import type { Settings } from '../schemas/settings';
import { applyOutcomes, dueReports, type OutboxDb } from '../store/outbox';
import { type AttemptContext, type Stop, sendBatch } from './attempt';
import { packBatch, toWire, type WireReport } from './batch';
import type { SyncDeps } from './engine';
import { passGate } from './pass-gate';
import { reportsEndpoint } from './state';

/**
 * Batches in flight at once within one pass. Two overlap the client's IndexedDB work with the
 * endpoint's, without hammering it; a stop (hold, pause) from either ends the pass for both.
 */
export const DEFAULT_LANES = 2;

export type Tally = {
  sent: number;
  accepted: number;
  rejected: number;
  pending: number;
  requests: number;
  /** Some batch got a protocol answer (200, 400, 413), so the endpoint is up. */
  answered: boolean;
  stop?: Stop;
  /**
   * The longest hold a batch earned, whatever stop won: a lost lock outranks a hold, and the
   * endpoint's Retry-After must still be kept for whichever worker sends next.
   */
  hold?: Extract<Stop, { kind: 'hold' }>;
};

export type DrainOptions = { db: OutboxDb; settings: Settings; owner: string; force: boolean; holdFailures: number };

/** Sends due reports, batch by batch, until none is due or the endpoint says stop. */
export async function drain(deps: SyncDeps, options: DrainOptions): Promise<Tally> {
  const { db, settings, owner, force } = options;
  const gate = passGate(deps, db, owner, settings);
  const endpoint = reportsEndpoint(settings.endpointUrl);
  const base: Omit<AttemptContext, 'holdFailures'> = {
    fetch: deps.fetch,
    url: endpoint.url,
    endpoint: endpoint.name,
    headers: {
      'X-ClaimCheck-Client': `claimcheck/${deps.clientVersion}`,
      ...(settings.accessToken ? { Authorization: `Bearer ${settings.accessToken}` } : {}),
    },
    timeoutMs: deps.timeoutMs,
    now: deps.now,
    random: deps.random,
    beforeRequest: gate.beforeRequest,
    includeScreenshots: gate.includeScreenshots,
    stillStored: gate.stillStored,
  };
  const tally: Tally = { sent: 0, accepted: 0, rejected: 0, pending: 0, requests: 0, answered: false };
  let holdFailures = options.holdFailures;
  let failed: unknown;
  // In flight, or tried in this pass and still pending: each report goes at most once per pass,
  // so a report the endpoint keeps leaving out cannot loop. Settled ones leave the outbox anyway.
  const skip = new Set<string>();

  // Claims are serialised so that two lanes never take the same report.
  let claims: Promise<unknown> = Promise.resolve();
  const claim = (): Promise<WireReport[]> => {
    const next = claims.then(async () => {
      if (tally.stop || failed) return [];
      const due = await dueReports(db, force ? Number.POSITIVE_INFINITY : deps.now(), MAX_BATCH, skip);
      const batch = packBatch(due.map((r) => toWire(r, gate.includeScreenshots())));
      for (const r of batch) skip.add(r.id);
      return batch;
    });
    claims = next.catch(() => {});
    return next;
  };

  const lane = async (): Promise<void> => {
    for (let batch = await claim(); batch.length > 0; batch = await claim()) {
      const result = await sendBatch({ ...base, holdFailures }, batch);
      // Asked as the request fails, not when the pass ends (the other lane may take 15 s more):
      // a hold earned offline may end once the device is back online (network-back.ts).
      if (result.stop?.kind === 'hold' && deps.online?.() === false) result.stop.offline = true;
      await applyOutcomes(db, result.outcomes, deps.now());
      tally.requests += result.requests;
      tally.sent += result.outcomes.length;
      for (const o of result.outcomes) {
        if (o.status === 'pending') tally.pending++;
        else skip.delete(o.id);
        if (o.status === 'synced') tally.accepted++;
        if (o.status === 'rejected') tally.rejected++;
      }
      if (result.stop) {
        tally.stop = strongerStop(tally.stop, result.stop);
        if (result.stop.kind === 'hold' && !(tally.hold && tally.hold.until >= result.stop.until)) tally.hold = result.stop;
        return;
      }
      // Only a request the endpoint answered says it is up: a batch whose reports were all deleted
      // meanwhile sent nothing, and must not clear or shorten a hold.
      if (result.requests > 0) {
        tally.answered = true;
        holdFailures = 0;
      }
    }
  };

  const lanes = Math.max(1, Math.floor(deps.lanes ?? DEFAULT_LANES));
  const results = await Promise.allSettled(
    Array.from({ length: lanes }, () =>
      lane().catch((error) => {
        failed ??= error;
      }),
    ),
  );
  if (failed !== undefined || results.some((r) => r.status === 'rejected')) throw failed;
  return tally;
}

/**
 * A pause outranks losing the lock, which outranks a hold, which outranks changed settings (the
 * stronger one is what the last run reports); of two holds, the later end wins.
 */
function strongerStop(a: Stop | undefined, b: Stop): Stop {
  if (!a) return b;
  const rank = { pause: 4, 'lost-lock': 3, hold: 2, settings: 1 } as const;
  if (rank[b.kind] !== rank[a.kind]) return rank[b.kind] > rank[a.kind] ? b : a;
  return a.kind === 'hold' && b.kind === 'hold' && b.until > a.until ? b : a;
}
