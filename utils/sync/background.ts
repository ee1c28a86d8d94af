import { type Browser, browser } from 'wxt/browser';
import type { SyncStatus } from '../schemas/messages';
import { reportsDb } from '../store/db';
import { promoteLocalToPending } from '../store/reports';
import { loadSettings, watchSettings } from '../store/settings';
import { hasEndpointPermission, manifestVersion, navigatorOnline, storedTokenUnusable } from './browser-deps';
import { createSyncEngine, type SyncDeps } from './engine';
import { liftNetworkHold } from './network-back';

export { hasEndpointPermission } from './browser-deps';

export type SyncController = {
  /** The user's "Sync now": sends every pending report, even those waiting out a backoff. */
  syncNow(): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
  /** A report was just filed: send it now (when sync is on). */
  reportFiled(): void;
  handleAlarm(alarm: Browser.alarms.Alarm): void;
};

/** What startSync returns: the controller, plus `stop` for tests (a worker never stops itself). */
export type SyncControllerHandle = SyncController & { stop(): Promise<void> };

/** Wakes the worker when the earliest pending report is due (the protocol's backoff "driven by alarms"). */
export const NEXT_SYNC_ALARM = 'claimcheck-sync-next';
/** Periodic safety net, in case a wake-up was lost (a crash between a run and setting the alarm). */
export const SAFETY_SYNC_ALARM = 'claimcheck-sync-safety';
export const SAFETY_PERIOD_MINUTES = 15;
/** Chrome will not fire an alarm sooner than 30 s after it is set; sooner work is run directly. */
const MIN_ALARM_DELAY_MS = 30_000;

/** Registers a listener where the browser (or the test double) offers the event. */
function listen(register: () => void): void {
  try {
    register();
  } catch {
    // Not offered here: the periodic alarm still brings sync round.
  }
}

/** Starts sync in the MV3 background. `overrides` swap dependencies for tests. */
export function startSync(overrides: Partial<SyncDeps> = {}): SyncControllerHandle {
  const deps: SyncDeps = {
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    random: () => Math.random(),
    loadSettings,
    hasHostPermission: hasEndpointPermission,
    db: reportsDb,
    clientVersion: manifestVersion(),
    online: navigatorOnline,
    storedTokenUnusable,
    ...overrides,
  };
  const engine = createSyncEngine(deps);

  let soonTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleNext = async (afterSuccess: boolean): Promise<void> => {
    const at = await engine.nextWakeAt();
    clearTimeout(soonTimer);
    if (at === undefined) {
      await browser.alarms.clear(NEXT_SYNC_ALARM);
      return;
    }
    const now = deps.now();
    // The alarm outlives the worker (MV3), but Chrome fires it no sooner than 30 s from now.
    await browser.alarms.create(NEXT_SYNC_ALARM, { when: Math.max(at, now + MIN_ALARM_DELAY_MS) });
    // Sooner work (a short Retry-After, a report filed during the pass) runs on a timer while the
    // worker lives. After a failed pass only the alarm fires, so a storage failure cannot spin.
    if (afterSuccess && at < now + MIN_ALARM_DELAY_MS) soonTimer = setTimeout(kick, Math.max(0, at - now));
  };

  const running = new Set<Promise<unknown>>();
  let stopped = false;
  const runAndSchedule = async (force: boolean): Promise<SyncStatus | undefined> => {
    let status: SyncStatus | undefined;
    try {
      status = await engine.run({ force });
    } catch (error) {
      console.warn('ClaimCheck sync failed', error);
    }
    if (stopped) return status;
    await scheduleNext(status !== undefined).catch((error) => console.warn('ClaimCheck sync could not set its alarm', error));
    return status;
  };
  const pass = (force: boolean): Promise<SyncStatus | undefined> => {
    if (stopped) return Promise.resolve(undefined);
    const run = runAndSchedule(force);
    running.add(run);
    void run.finally(() => running.delete(run));
    return run;
  };
  const kick = () => void pass(false);

  void (async () => {
    try {
      const safety = await browser.alarms.get(SAFETY_SYNC_ALARM);
      // Chrome dates alarms by the wall clock: one set while the clock ran fast would not fire
      // until the corrected clock caught up, and this one is the net under every other wake-up.
      if (!safety || safety.scheduledTime > deps.now() + (SAFETY_PERIOD_MINUTES + 1) * 60_000) {
        browser.alarms.create(SAFETY_SYNC_ALARM, { periodInMinutes: SAFETY_PERIOD_MINUTES });
      }
    } catch (error) {
      console.warn('ClaimCheck sync could not set its safety alarm', error);
    }
  })();
  // Worker start covers browser start-up, install and update, and a revived MV3 worker.
  kick();
  listen(() => browser.runtime.onStartup.addListener(kick));
  listen(() => browser.runtime.onInstalled.addListener(kick));
  // The user granted the endpoint's host permission: the "noHostPermission" block is gone.
  listen(() => browser.permissions.onAdded.addListener(kick));
  // Back online: a hold a network error set ends first, so that this pass sends (network-back.ts).
  // Firefox's background fires it; Chromium's service worker does not (crbug.com/114475): there
  // the pass of a later wake-up ends it, seeing navigator.onLine true (liftIfBackOnline).
  const backOnline = () =>
    void deps
      .db()
      .then((db) => liftNetworkHold(db, deps.now()))
      .catch((error) => console.warn('ClaimCheck could not end the network hold', error))
      .then(kick);
  listen(() => self.addEventListener('online', backOnline));
  const unwatch = watchSettings((settings) => {
    // Switching sync on turns `local` reports into `pending` (sync-protocol.md); any change
    // also lifts a 401/403 pause, which the engine sees through the settings fingerprint.
    const promote = settings.syncEnabled ? promoteLocalToPending(deps.now()) : Promise.resolve(0);
    void promote.catch((error) => console.warn('ClaimCheck could not queue local reports', error)).then(kick);
  });

  return {
    syncNow: async () => (await pass(true)) ?? engine.status(),
    status: () => engine.status(),
    reportFiled: kick,
    handleAlarm: (alarm) => {
      if (alarm.name === NEXT_SYNC_ALARM || alarm.name === SAFETY_SYNC_ALARM) kick();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(soonTimer);
      unwatch();
      listen(() => self.removeEventListener('online', backOnline));
      await Promise.allSettled([...running]);
      clearTimeout(soonTimer);
    },
  };
}
