import type { OutboxDb } from '../store/outbox';
import { BACKOFF_BASE_MS } from './backoff';
import type { SyncDeps } from './deps';
import { HOLD_KEY, SyncHold } from './state';

/** Stops that may have been the device's network rather than the endpoint. */
const NETWORK_STOPS: ReadonlySet<string> = new Set(['network', 'timeout']);

/** A hold the network's return may end: a network or timeout stop's, still running, earned at least the first retry ago. */
const liftable = (hold: SyncHold | undefined, now: number): hold is SyncHold =>
  hold?.code !== undefined &&
  NETWORK_STOPS.has(hold.code) &&
  hold.earnedAt !== undefined &&
  now - hold.earnedAt >= BACKOFF_BASE_MS &&
  hold.until > now;

/**
 * The browser is back online: a hold that a network error or a timeout set ends now, and the
 * reports it kept waiting are due, so the pass that follows sends. Waiting out the rest of a
 * backoff that grew during an outage (up to 6 h) would leave them pending long after the network
 * returned. The hold keeps its failure count: an endpoint still down costs one more request, and
 * the backoff carries on from where it was. Busy, error and bad-answer holds are the endpoint's
 * own and stay. A hold earned less than the first backoff step ago stays too, so a link that keeps
 * dropping and coming back sends no more often than the backoff's first retry.
 *
 * `earnedOffline`: only a hold earned while navigator.onLine said false (the wake-up's check,
 * liftIfBackOnline). The `online` event needs no such record: it is the news itself.
 *
 * One transaction, so that a pass writing a new hold meanwhile is not overwritten. Reports with
 * a wait of their own (an endpoint's 200 left them out) keep it.
 */
export async function liftNetworkHold(db: OutboxDb, now: number, earnedOffline = false): Promise<boolean> {
  const tx = db.transaction(['meta', 'reports'], 'readwrite');
  const meta = tx.objectStore('meta');
  const parsed = SyncHold.safeParse((await meta.get(HOLD_KEY))?.value);
  const hold = parsed.success ? parsed.data : undefined;
  const lifts = liftable(hold, now) && (!earnedOffline || hold.offline === true);
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

/**
 * Chromium's service worker never fires `online`, but its navigator.onLine does change. So every
 * ordinary wake-up (alarm, safety alarm, a report filed) ends a network hold the device earned
 * while it said it was offline, once it says online again: the same rules as the event, and the
 * same cost, one request, if only the endpoint is down. A hold earned while it said online is not
 * ended this way: a `true` does not tell that the link came back, so that one runs its course.
 */
export async function liftIfBackOnline(deps: Pick<SyncDeps, 'online' | 'now'>, db: OutboxDb): Promise<boolean> {
  return deps.online?.() === true ? liftNetworkHold(db, deps.now(), true) : false;
}

/**
 * When to look at navigator.onLine again while a hold the device earned offline runs (schedule.ts):
 * the first retry's interval from now, so that reports go out within about 30 s of the network's
 * return, and, a look costing no request, the backoff still spaces the requests of an outage.
 * Never sooner: a wake that finds the device still offline sets the next one 30 s on.
 */
export function offlineCheckAt(hold: SyncHold | undefined, now: number): number | undefined {
  return hold?.offline && hold.code && NETWORK_STOPS.has(hold.code) && hold.until > now ? now + BACKOFF_BASE_MS : undefined;
}
