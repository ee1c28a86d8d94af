import type { Settings } from '../schemas/settings';
import type { OutboxDb } from '../store/outbox';
import { acquireLock } from '../store/sync-lock';
import type { Stop } from './attempt';
import type { WireReport } from './batch';
import type { SyncDeps } from './engine';

const LOCK_LEASE_MS = 60_000;

/** How long the sync lock lasts without renewal: the one place its default is applied. */
export const leaseOf = (deps: Pick<SyncDeps, 'leaseMs'>): number => deps.leaseMs ?? LOCK_LEASE_MS;

/** Takes or renews the sync lock (see acquireLock for a lock dated ahead by a fast clock). */
export function takeLock(deps: SyncDeps, db: OutboxDb, owner: string): Promise<boolean> {
  return acquireLock(db, owner, deps.now(), leaseOf(deps));
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
  /** Before every POST: renews the lease, checks the host permission, then reads the settings; a reason to stop, or undefined to send. */
  beforeRequest(): Promise<Stop | undefined>;
  /** "Include screenshots in sync" as last read: switching it off applies from the next request. */
  includeScreenshots(): boolean;
  /** The batch less the reports deleted since it was packed: one read-only look-up of keys, per request. */
  stillStored(batch: readonly WireReport[]): Promise<WireReport[]>;
};

const SETTINGS_CHANGED: Stop = { kind: 'settings', reason: 'the sync settings changed', code: 'settingsChanged' };
const PERMISSION_TAKEN_BACK: Stop = {
  kind: 'settings',
  reason: 'the endpoint host permission was taken back',
  code: 'noHostPermission',
};

export function passGate(deps: SyncDeps, db: OutboxDb, owner: string, started: Settings): PassGate {
  let screenshots = started.includeScreenshots;
  return {
    async beforeRequest() {
      if (!(await takeLock(deps, db, owner))) return { kind: 'lost-lock', reason: 'another sync took over', code: 'lostLock' };
      // The user can take the endpoint's site access back in the browser, not only in the options
      // page, while a long pass runs: without it nothing more is sent. The pass ends as on a
      // settings change (no hold, no pause), under its own code: the settings did not change, and
      // the last run says what did. The status then says `noHostPermission`; a new grant starts a pass.
      // A new endpoint saved meanwhile is said first: saving it gives the old host's access back
      // (entrypoints/background/endpoint-grant.ts), which is not the user taking it back.
      const unchanged = async () => {
        const current = await deps.loadSettings();
        return sendingSettingsChanged(started, current) ? undefined : current;
      };
      if (!(await deps.hasHostPermission(started.endpointUrl).catch(() => false)))
        return (await unchanged()) ? PERMISSION_TAKEN_BACK : SETTINGS_CHANGED;
      // Read last, right before the request goes out, so that no later change slips in between.
      const current = await unchanged();
      // No hold, no pause: the settings watcher runs a new pass under the new settings.
      if (!current) return SETTINGS_CHANGED;
      screenshots = current.includeScreenshots;
      return undefined;
    },
    includeScreenshots: () => screenshots,
    async stillStored(batch) {
      const tx = db.transaction('reports');
      const keys = await Promise.all(batch.map((r) => tx.store.getKey(r.id)));
      await tx.done;
      return batch.filter((_, i) => keys[i] !== undefined);
    },
  };
}
