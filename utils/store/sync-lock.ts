import type { OutboxDb } from './outbox';

const LOCK_KEY = 'syncLock';
export type SyncLock = { owner: string; expiresAt: number };

/**
 * Takes or renews the one-sync-at-a-time lease. It lives in IndexedDB so it outlives a killed
 * worker, and expires so a dead owner cannot block sync for ever. Read and write share one
 * readwrite transaction, which IndexedDB runs alone, so two contexts cannot both win.
 *
 * Another owner's lock dated more than a lease ahead was taken while the clock ran fast. Its
 * owner may have died then, or be mid-request under a clock just set back, when a second pass
 * would send that request's reports again (far-off retry times count as due: dueOnClock). So it
 * is not taken but re-dated to one lease from now in its owner's name, in this same
 * transaction: a live owner renews it, a dead one's runs out a lease later.
 */
export async function acquireLock(db: OutboxDb, owner: string, now: number, leaseMs: number): Promise<boolean> {
  const tx = db.transaction('meta', 'readwrite');
  const held = (await tx.store.get(LOCK_KEY))?.value as Partial<SyncLock> | undefined;
  const free = !held || held.owner === owner || !isLive(held, now, leaseMs);
  const ahead = free && !!held && held.owner !== owner && typeof held.owner === 'string' && (held.expiresAt ?? 0) > now + leaseMs;
  if (free) {
    const value: SyncLock = { owner: ahead ? (held.owner as string) : owner, expiresAt: now + leaseMs };
    await tx.store.put({ key: LOCK_KEY, value });
  }
  await tx.done;
  return free && !ahead;
}

/** Lets go of the lease, only if it is still ours (it may have expired and passed on). */
export async function releaseLock(db: OutboxDb, owner: string): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const held = (await tx.store.get(LOCK_KEY))?.value as Partial<SyncLock> | undefined;
  if (held?.owner === owner) await tx.store.delete(LOCK_KEY);
  await tx.done;
}

/**
 * A lease runs until `expiresAt`, and never for longer than one lease from now: a lock dated
 * further ahead was taken while the clock ran fast (then set back), and its owner would have
 * renewed it by now; without this, a worker that died then would block sync, "Sync now"
 * included, for as long as the clock was off.
 */
export function isLive(lock: Partial<SyncLock>, now: number, leaseMs: number): boolean {
  return typeof lock.expiresAt === 'number' && lock.expiresAt > now && lock.expiresAt <= now + leaseMs;
}

export async function readLock(db: OutboxDb): Promise<SyncLock | undefined> {
  const held = (await db.get('meta', LOCK_KEY))?.value as Partial<SyncLock> | undefined;
  return typeof held?.owner === 'string' && typeof held.expiresAt === 'number'
    ? { owner: held.owner, expiresAt: held.expiresAt }
    : undefined;
}
