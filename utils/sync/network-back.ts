import type { OutboxDb } from '../store/outbox';
import { BACKOFF_BASE_MS } from './backoff';
import { HOLD_KEY, SyncHold } from './state';

/** Stops that may have been the device's network rather than the endpoint. */
const NETWORK_STOPS: ReadonlySet<string> = new Set(['network', 'timeout']);

/**
 * The browser is back online: a hold that a network error or a timeout set ends now, and the
 * reports it kept waiting are due, so the pass the `online` event starts sends. Waiting out the
 * rest of a backoff that grew during an outage (up to 6 h) would leave them pending long after
 * the network returned. The hold keeps its failure count: an endpoint still down costs one more
 * request, and the backoff carries on from where it was. Busy, error and bad-answer holds are the
 * endpoint's own and stay. A hold earned less than the first backoff step ago stays too, so a link
 * that keeps dropping and coming back sends no more often than the backoff's first retry.
 *
 * One transaction, so that a pass writing a new hold meanwhile is not overwritten. Reports with
 * a wait of their own (an endpoint's 200 left them out) keep it.
 */
export async function liftNetworkHold(db: OutboxDb, now: number): Promise<boolean> {
  const tx = db.transaction(['meta', 'reports'], 'readwrite');
  const meta = tx.objectStore('meta');
  const parsed = SyncHold.safeParse((await meta.get(HOLD_KEY))?.value);
  const hold = parsed.success ? parsed.data : undefined;
  const lifts =
    hold?.code !== undefined &&
    NETWORK_STOPS.has(hold.code) &&
    hold.earnedAt !== undefined &&
    now - hold.earnedAt >= BACKOFF_BASE_MS &&
    hold.until > now;
  if (hold && lifts) {
    await meta.put({ key: HOLD_KEY, value: { ...hold, until: now } satisfies SyncHold });
    const waiting = IDBKeyRange.bound(now, hold.until, true, false);
    for (let c = await tx.objectStore('reports').index('nextAttemptAt').openCursor(waiting); c; c = await c.continue()) {
      const why = c.value.statusWhy?.code;
      if (c.value.status === 'pending' && why && NETWORK_STOPS.has(why)) await c.update({ ...c.value, nextAttemptAt: now });
    }
  }
  await tx.done;
  return lifts;
}
