import type { OutboxDb } from './outbox';

/**
 * Pending reports due later than `horizon` (the furthest a legitimate retry time can lie:
 * dueOnClock in utils/sync/backoff.ts) become due at `now`. Such a time was set while the clock
 * ran fast, and `dueReports` would pass the report over until the clock caught up, for days.
 * The walk reads only the index beyond the horizon, which is empty on nearly every pass; each
 * report keeps its attempt log, so its own backoff carries on where it was.
 */
export async function releaseWaitsBeyond(db: OutboxDb, horizon: number, now: number): Promise<number> {
  const tx = db.transaction('reports', 'readwrite');
  const beyond = IDBKeyRange.lowerBound(horizon, true);
  let released = 0;
  for (let c = await tx.store.index('nextAttemptAt').openCursor(beyond); c; c = await c.continue()) {
    if (c.value.status !== 'pending') continue;
    await c.update({ ...c.value, nextAttemptAt: now });
    released++;
  }
  await tx.done;
  return released;
}
