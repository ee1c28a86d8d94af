import type { OutboxDb } from './outbox';

/**
 * A report's retry time belongs to the endpoint it was earned on: once the user points sync at
 * another endpoint, pending reports whose latest attempt went elsewhere are due at once (their
 * attempt logs stay as they are). Walks only the reports due later than `now`, and runs only
 * when the endpoint changed (engine.ts), so 10,000 waiting reports cost one walk per change.
 */
export async function releaseOtherEndpointsWaits(db: OutboxDb, endpoint: string, now: number): Promise<number> {
  const tx = db.transaction('reports', 'readwrite');
  const later = IDBKeyRange.lowerBound(now, true);
  let released = 0;
  for (let c = await tx.store.index('nextAttemptAt').openCursor(later); c; c = await c.continue()) {
    const last = c.value.attempts.at(-1);
    if (c.value.status !== 'pending' || !last || last.endpoint === endpoint) continue;
    await c.update({ ...c.value, nextAttemptAt: now });
    released++;
  }
  await tx.done;
  return released;
}
