import type { Settings } from '../schemas/settings';
import type { OutboxDb } from '../store/outbox';
import type { FetchLike } from './http';

/** Everything the engine touches, injected so that it runs in Node tests as in the MV3 worker. */
export type SyncDeps = {
  fetch: FetchLike;
  now: () => number;
  random: () => number;
  loadSettings: () => Promise<Settings>;
  /** Whether the extension may contact this endpoint (browser.permissions.contains in the worker). */
  hasHostPermission: (endpointUrl: string) => Promise<boolean>;
  db: () => Promise<OutboxDb>;
  clientVersion: string;
  /**
   * The browser's `navigator.onLine`; undefined (or left out) where it cannot tell. Chromium's
   * service worker never fires `online`, so a network hold earned while this said false is lifted
   * on a later wake-up that finds it true (network-back.ts). Only its `false` is trusted (Chrome
   * says offline only without any network at all), so it never stops a request by itself.
   */
  online?: () => boolean | undefined;
  /**
   * Whether the stored access token is one no request can carry (unusableStoredToken): the
   * settings then read as no token, and sending without it would only earn a 401 pause, so sync
   * is blocked (`tokenUnusable`) until the user fixes it. Left out: the token is usable.
   */
  storedTokenUnusable?: () => Promise<boolean>;
  /** Per-request deadline, headers and body (sync-protocol.md: 15 s). */
  timeoutMs?: number;
  /** How long the lock lasts without renewal (60 s unless set: leaseOf); renewed before every request. */
  leaseMs?: number;
  /** Who holds the lock: one id per engine instance, i.e. per worker life. */
  ownerId?: string;
  /** Batches in flight at once within a pass (default 2). */
  lanes?: number;
};
