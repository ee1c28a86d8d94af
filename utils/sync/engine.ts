/**
 * The sync engine's core (sync-protocol.md, client side), free of browser APIs:
 *   engine.ts   one pass at a time: blocks, retry hold, lock, then drain; records the outcome
 *   last-run.ts the outcome as counts and codes (last-run-text.ts words it in the page's language)
 *   drain.ts    claims due reports in batches and sends them, two in flight
 *   pass-gate.ts before every request: renews the lock, checks the host permission, re-reads the settings
 *   network-back.ts coming back online (the event, or a wake-up finding it) ends a network hold
 *   attempt.ts  one batch → per-report outcomes, by the protocol's table of answers (split.ts: 413, large timeouts)
 *   http.ts     the POST, capped at 1 MiB and 15 s;  backoff.ts  retry timing
 *   state.ts    hold / pause / last run in `meta`;  schedule.ts  status and next wake-up
 *   background.ts wires it to alarms, settings, `online` and the message handlers;
 *   deps.ts     what the engine is given (SyncDeps);  browser-deps.ts  the worker's side of it
 */
import type { SyncStatus } from '../schemas/messages';
import { scheduleUnscheduled } from '../store/outbox';
import { releaseWaitsBeyond } from '../store/outbox-clock';
import { promoteLocalToPending } from '../store/reports';
import { releaseLock } from '../store/sync-lock';
import { backoffDelay, dueOnClock, LONGEST_WAIT_MS } from './backoff';
import type { SyncDeps } from './deps';
import { drain } from './drain';
import { lastRunOf } from './last-run';
import { liftIfBackOnline } from './network-back';
import { takeLock } from './pass-gate';
import { nextWakeAt, syncStatus } from './schedule';
import {
  adoptEndpoint,
  blockedReason,
  clearHold,
  clearPause,
  readHold,
  readPause,
  settingsFingerprint,
  writeHold,
  writeLastRun,
  writePause,
} from './state';

export type { SyncDeps } from './deps';

export type SyncEngine = {
  /** One sync pass; `force` (the user's "Sync now") also sends reports still waiting out a backoff. */
  run(options?: { force?: boolean }): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
  /** When the engine next has work (for the alarm), or undefined when nothing is waiting. */
  nextWakeAt(): Promise<number | undefined>;
};

/**
 * Passes that threw in a row (a full disk: the outcomes of a sent batch could not be saved), and
 * when the next may start. The same batch would go out again, so it waits out a backoff; kept
 * here as well as in the stored hold, which a full disk may refuse too. A revived worker then
 * sends nothing while the disk refuses the lock too (every pass and request writes it first);
 * one that gets the small lock through sends the batch again, harmless: ids are idempotent.
 */
type FailedPasses = { failures: number; until: number };

export function createSyncEngine(deps: SyncDeps): SyncEngine {
  const owner = deps.ownerId ?? crypto.randomUUID();
  const failed: FailedPasses = { failures: 0, until: 0 };
  let current: Promise<SyncStatus> | null = null;
  let again = false;
  let forceAgain = false;

  // One sync at a time inside this worker; a request during a run asks for one more pass after it.
  const run = (options?: { force?: boolean }): Promise<SyncStatus> => {
    if (current) {
      again = true;
      forceAgain ||= options?.force === true;
      return current;
    }
    current = (async () => {
      let force = options?.force === true;
      try {
        for (;;) {
          again = false;
          forceAgain = false;
          const status = await runOnce(deps, owner, force, failed);
          if (!again) return status;
          force = forceAgain;
        }
      } finally {
        current = null;
      }
    })();
    return current;
  };

  const wakeAt = async () => {
    const at = await nextWakeAt(deps, owner);
    return at === undefined ? undefined : Math.max(at, dueOnClock(failed.until, deps.now()));
  };
  return { run, status: () => syncStatus(deps), nextWakeAt: wakeAt };
}

async function runOnce(deps: SyncDeps, owner: string, force: boolean, failed: FailedPasses): Promise<SyncStatus> {
  const settings = await deps.loadSettings();
  const db = await deps.db();
  const pause = await readPause(db);
  // "resume when settings change" (sync-protocol.md, 401/403).
  if (pause && pause.settingsFingerprint !== settingsFingerprint(settings)) await clearPause(db);
  if (await blockedReason(settings, await readPause(db), deps)) return syncStatus(deps);
  // Chromium's worker gets no `online` event: any wake-up (alarm, report filed) looks instead.
  if (!force) await liftIfBackOnline(deps, db);

  const hold = await readHold(db, settings.endpointUrl);
  const now = deps.now();
  const held = Math.max(dueOnClock(hold?.until ?? 0, now), dueOnClock(failed.until, now));
  if ((!force && held > now) || !(await takeLock(deps, db, owner))) return syncStatus(deps);
  try {
    // Sync is on (blockedReason said so): a `local` report here missed the switch (put back by
    // Undo, filed as sync came on, a promotion the disk refused) and would wait for the next one.
    await promoteLocalToPending(deps.now(), db);
    await scheduleUnscheduled(db, deps.now());
    await adoptEndpoint(db, settings.endpointUrl, deps.now());
    await releaseWaitsBeyond(db, deps.now() + LONGEST_WAIT_MS, deps.now());
    const tally = await drain(deps, { db, settings, owner, force, holdFailures: hold?.failures ?? 0 }).catch(
      async (error: unknown) => {
        failed.failures = Math.max(failed.failures, hold?.failures ?? 0) + 1;
        failed.until = deps.now() + backoffDelay(failed.failures, deps.random);
        const reason = 'a sync pass failed (its outcomes could not be saved)';
        const stored = { until: failed.until, failures: failed.failures, reason };
        await writeHold(db, settings.endpointUrl, stored).catch(() => {});
        throw error;
      },
    );
    failed.failures = 0;
    failed.until = 0;
    const earnedHold = tally.stop?.kind === 'hold' ? tally.stop : tally.hold;
    if (earnedHold) {
      // Failures in a row: reset by any batch the endpoint answered earlier in this pass.
      const failures = tally.answered ? 1 : (hold?.failures ?? 0) + 1;
      const { until, reason, code, offline } = earnedHold;
      const earned = { code, earnedAt: deps.now(), ...(offline ? { offline } : {}) };
      await writeHold(db, settings.endpointUrl, { until, failures, reason, ...earned });
    } else if (hold && tally.answered) {
      await clearHold(db);
    }
    if (tally.stop?.kind === 'pause')
      await writePause(db, { settingsFingerprint: settingsFingerprint(settings), reason: tally.stop.reason });
    if (tally.sent > 0 || force) await writeLastRun(db, lastRunOf(tally, deps.now()));
  } finally {
    await releaseLock(db, owner);
  }
  return syncStatus(deps);
}
