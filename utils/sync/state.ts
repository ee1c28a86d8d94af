import { z } from 'zod';
import { endpointPath, endpointUrlProblem } from '../schemas/protocol';
import type { Settings } from '../schemas/settings';
import type { LastRun } from '../schemas/sync-run';
import { deleteMeta, type OutboxDb, readMeta, writeMeta } from '../store/outbox';
import { releaseOtherEndpointsWaits } from '../store/outbox-endpoint';
import type { SyncDeps } from './deps';
import { StoredLastRun } from './last-run';

/**
 * What the engine remembers between runs, in the `meta` store so that it survives an MV3 worker
 * shutdown and a browser restart: the endpoint-wide retry hold, the 401/403 pause, the last run.
 */
export const HOLD_KEY = 'syncHold';
const PAUSE_KEY = 'syncPause';
const LAST_RUN_KEY = 'syncLastRun';
/** The endpoint the outbox's retry times were last earned on, as the attempts log it. */
const ENDPOINT_KEY = 'syncEndpoint';

/**
 * The endpoint (its reportsEndpoint name) failed `failures` times in a row; nothing goes to it
 * before `until`. `code` and `earnedAt` (the stop behind it, and when) let the browser's coming
 * back online end a network hold (network-back.ts); holds from before them, or from a pass that
 * threw, have neither and run their course. `offline`: navigator.onLine said false as the request
 * failed, so a wake-up that finds it true may end the hold (Chromium fires no `online` event).
 */
export const SyncHold = z.object({
  endpoint: z.string(),
  until: z.number(),
  failures: z.number().int().min(0),
  reason: z.string().max(500),
  // A plain string: a code a newer version wrote must not make the whole hold unreadable.
  code: z.string().max(50).optional(),
  earnedAt: z.number().optional(),
  offline: z.boolean().optional(),
});
export type SyncHold = z.infer<typeof SyncHold>;

/** 401/403 paused all sync for these settings; any change to them resumes (sync-protocol.md). */
export const SyncPause = z.object({ settingsFingerprint: z.string(), reason: z.string().max(500) });
export type SyncPause = z.infer<typeof SyncPause>;

/**
 * Where a pass posts reports (`url`), and the endpoint's name (`name`: at most 2048 characters, as
 * SyncAttempt.endpoint) that attempts, the hold and `syncEndpoint` record. One derivation, so
 * that "…/claimcheck" and "…/claimcheck/", which post to the same URL, are one endpoint throughout.
 */
export function reportsEndpoint(endpointUrl: string): { url: string; name: string } {
  const url = endpointPath(endpointUrl, 'reports');
  return { url, name: url.slice(0, 2048) };
}

/** The hold, when it was earned on this endpoint. */
export async function readHold(db: OutboxDb, endpointUrl: string): Promise<SyncHold | undefined> {
  const hold = await readMeta(db, HOLD_KEY, SyncHold);
  // Holds stored by earlier versions name the configured URL itself.
  const names = [reportsEndpoint(endpointUrl).name, endpointUrl];
  return hold && names.includes(hold.endpoint) ? hold : undefined;
}
export const writeHold = (db: OutboxDb, endpointUrl: string, hold: Omit<SyncHold, 'endpoint'>) =>
  writeMeta(db, HOLD_KEY, { endpoint: reportsEndpoint(endpointUrl).name, ...hold } satisfies SyncHold);
export const clearHold = (db: OutboxDb) => deleteMeta(db, HOLD_KEY);
export const readPause = (db: OutboxDb) => readMeta(db, PAUSE_KEY, SyncPause);
export const writePause = (db: OutboxDb, pause: SyncPause) => writeMeta(db, PAUSE_KEY, pause);
export const clearPause = (db: OutboxDb) => deleteMeta(db, PAUSE_KEY);
// Read through StoredLastRun: values stored by earlier versions (an English sentence) still load.
export const readLastRun = (db: OutboxDb) => readMeta(db, LAST_RUN_KEY, StoredLastRun);
export const writeLastRun = (db: OutboxDb, run: LastRun) => writeMeta(db, LAST_RUN_KEY, run);

/**
 * Called under the lock before sending: when the endpoint differs from the last pass's, the
 * waits reports earned on another endpoint end, so a fixed URL is tried at once.
 */
export async function adoptEndpoint(db: OutboxDb, endpointUrl: string, now: number): Promise<void> {
  const endpoint = reportsEndpoint(endpointUrl).name;
  if ((await readMeta(db, ENDPOINT_KEY, z.string())) === endpoint) return;
  await releaseOtherEndpointsWaits(db, endpoint, now);
  await writeMeta(db, ENDPOINT_KEY, endpoint);
}

/** The settings a refused token depends on; the revision covers every save through saveSettings. */
export function settingsFingerprint(settings: Settings): string {
  return JSON.stringify([settings.revision, settings.endpointUrl, settings.accessToken, settings.syncEnabled]);
}

/**
 * Why sync refuses to send, as message keys the popup and options page translate
 * (SyncStatus.blockedReason). English text here for logs and tests.
 */
export const SYNC_BLOCKED_REASONS = {
  syncOff: 'sync is switched off',
  noEndpoint: 'no endpoint is configured',
  endpointInvalid: 'the endpoint URL is not allowed (https, or http only to localhost)',
  noHostPermission: 'the extension may not contact the endpoint (host permission missing)',
  tokenRefused: 'the endpoint refused the access token',
  tokenUnusable: 'the stored access token has characters no request can carry',
} as const;
export type SyncBlockedReason = keyof typeof SYNC_BLOCKED_REASONS;

/** Host-permission patterns for the endpoint: with its port (Chrome) and without (Firefox takes no ports). */
export function endpointOriginPatterns(endpointUrl: string): string[] {
  const url = new URL(endpointUrl);
  const patterns = [`${url.origin}/*`, `${url.protocol}//${url.hostname}/*`];
  return [...new Set(patterns)];
}

export async function blockedReason(
  settings: Settings,
  pause: SyncPause | undefined,
  deps: Pick<SyncDeps, 'hasHostPermission' | 'storedTokenUnusable'>,
): Promise<SyncBlockedReason | undefined> {
  if (!settings.syncEnabled) return 'syncOff';
  if (!settings.endpointUrl) return 'noEndpoint';
  if (endpointUrlProblem(settings.endpointUrl)) return 'endpointInvalid';
  // Before the pause: a 401 that sending without the token earned (earlier versions did) is its
  // consequence, and the token is what the user has to fix. Nothing is sent meanwhile.
  if (await deps.storedTokenUnusable?.()) return 'tokenUnusable';
  if (pause && pause.settingsFingerprint === settingsFingerprint(settings)) return 'tokenRefused';
  const allowed = await deps.hasHostPermission(settings.endpointUrl).catch(() => false);
  return allowed ? undefined : 'noHostPermission';
}
