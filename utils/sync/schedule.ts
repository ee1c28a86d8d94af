import type { SyncStatus } from '../schemas/messages';
import { countStatuses, earliestDue } from '../store/outbox';
import { isLive, readLock } from '../store/sync-lock';
import { dueOnClock } from './backoff';
import type { SyncDeps } from './engine';
import { offlineCheckAt } from './network-back';
import { leaseOf } from './pass-gate';
import { blockedReason, readHold, readLastRun, readPause } from './state';

type StatusDeps = Pick<SyncDeps, 'db' | 'loadSettings' | 'hasHostPermission' | 'storedTokenUnusable'>;

/** Where sync stands, as the popup shows it (SyncStatus in utils/schemas/messages.ts). */
export async function syncStatus(deps: StatusDeps): Promise<SyncStatus> {
  const db = await deps.db();
  const settings = await deps.loadSettings();
  const [counts, lastRun, pause] = await Promise.all([countStatuses(db), readLastRun(db), readPause(db)]);
  const blocked = await blockedReason(settings, pause, deps);
  return { counts, ...(lastRun ? { lastRun } : {}), ...(blocked ? { blockedReason: blocked } : {}) };
}

/**
 * The time the next pass has work: the earliest due report, but not before the endpoint's
 * retry hold ends, nor before another worker's lock lease runs out. Undefined while sync is
 * blocked or nothing is pending (a settings change or a filed report wakes it then). A hold the
 * device earned offline is looked at again 30 s on (offlineCheckAt): the network may be back.
 */
export async function nextWakeAt(deps: SyncDeps, owner: string): Promise<number | undefined> {
  const db = await deps.db();
  const settings = await deps.loadSettings();
  if (await blockedReason(settings, await readPause(db), deps)) return undefined;
  const due = await earliestDue(db);
  if (due === undefined) return undefined;
  const now = deps.now();
  // Read as runOnce reads them, so that a time it would not wait for wakes no one days late.
  let at = dueOnClock(due, now);
  const hold = await readHold(db, settings.endpointUrl);
  if (hold) at = Math.max(at, dueOnClock(hold.until, now));
  // Before the reports' own times: those the hold set are made due when it is lifted.
  at = Math.min(at, offlineCheckAt(hold, now) ?? at);
  const lock = await readLock(db);
  // A lock dated beyond one lease (the clock was set back) is not waited for: the pass re-dates
  // it to one lease from now (acquireLock), and the next wake-up waits for that.
  if (lock && lock.owner !== owner && isLive(lock, now, leaseOf(deps))) at = Math.max(at, lock.expiresAt);
  return at;
}
