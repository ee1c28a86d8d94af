import type { Settings } from '../schemas/settings';
import type { OutboxDb } from '../store/outbox';
import { acquireLock, readLock } from '../store/sync-lock';
import type { Stop } from './attempt';
import type { SyncDeps } from './engine';

const LOCK_LEASE_MS = 60_000;

/** How long the sync lock lasts without renewal: the one place its default is applied. */
export const leaseOf = (deps: Pick<SyncDeps, 'leaseMs'>): number => deps.leaseMs ?? LOCK_LEASE_MS;

/**
 * acquireLock takes over another owner's lock dated more than one lease ahead (its owner died
 * while the clock ran fast). But the clock may just have been set back under a live owner,
 * mid-request, and now that far-off retry times count as due (dueOnClock) a second pass would
 * send that request's reports again at once. So such a lock is only re-dated to one lease from
 * now, in its owner's name and in one transaction (a third owner's live lock stays): a live owner
 * renews it before its next request, a dead one's runs out a lease later.
 */
export async function takeLock(deps: SyncDeps, db: OutboxDb, owner: string): Promise<boolean> {
  const now = deps.now();
  const lease = leaseOf(deps);
  const held = await readLock(db);
  if (held && held.owner !== owner && held.expiresAt > now + lease) {
    await acquireLock(db, held.owner, now, lease);
    return false;
  }
  return acquireLock(db, owner, now, lease);
}

/**
 * Whether the settings a pass started with no longer allow it to send as it does: the protocol
 * sends only while sync is on, to the endpoint and with the token the user configured, and a
 * pass of 10,000 reports (about 400 requests) lasts long enough for the user to change them.
 */
function sendingSettingsChanged(started: Settings, current: Settings): boolean {
  return !current.syncEnabled || current.endpointUrl !== started.endpointUrl || current.accessToken !== started.accessToken;
}

export type PassGate = {
  /** Before every POST: renews the lease, then reads the settings; a reason to stop, or undefined to send. */
  beforeRequest(): Promise<Stop | undefined>;
  /** "Include screenshots in sync" as last read: switching it off applies from the next request. */
  includeScreenshots(): boolean;
};

export function passGate(deps: SyncDeps, db: OutboxDb, owner: string, started: Settings): PassGate {
  let screenshots = started.includeScreenshots;
  return {
    async beforeRequest() {
      if (!(await takeLock(deps, db, owner))) return { kind: 'lost-lock', reason: 'another sync took over', code: 'lostLock' };
      // Read last, right before the request goes out, so that no later change slips in between.
      const current = await deps.loadSettings();
      // No hold, no pause: the settings watcher runs a new pass under the new settings.
      if (sendingSettingsChanged(started, current))
        return { kind: 'settings', reason: 'the sync settings changed', code: 'settingsChanged' };
      screenshots = current.includeScreenshots;
      return undefined;
    },
    includeScreenshots: () => screenshots,
  };
}
