import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, Settings, unusableStoredToken } from '../schemas/settings';
import { oneAtATime } from './one-at-a-time';

/**
 * Settings live in storage.local under one versioned item. Version 1 is the first; a later
 * shape adds a step to `migrations`. Reads always go through zod (parseSettings), so a
 * damaged or older value falls back field by field to the defaults.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** The Web Lock every context of the extension (pages, popup, background) shares for a settings write. */
const SETTINGS_LOCK = 'claimcheck-settings';
/** Where Web Locks are missing (Node unit tests), saves in this context still run one at a time. */
const inThisContext = oneAtATime();

/**
 * Runs `task` alone. A read-modify-write run side by side with another (the options page, the
 * popup and the background saving at the same moment) would drop one change and give both the
 * same revision. Web Locks are per origin, and the extension's pages and its service worker
 * share one, in Chrome and Firefox alike; a lock a closed page or a stopped worker held is let go.
 */
function alone<T>(task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (locks) return locks.request(SETTINGS_LOCK, task);
  return inThisContext(task);
}

/**
 * Applies a change and saves it, bumping the revision that caches key on; an invalid change
 * throws and saves nothing. A change made from the settings as they stand (a list to add to) is
 * a function of them, called under the lock: settings read earlier may be stale by now.
 */
export async function saveSettings(update: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  return alone(async () => {
    const raw = await settingsItem.getValue();
    const current = parseSettings(raw);
    const change = typeof update === 'function' ? update(current) : update;
    const next = Settings.parse({ ...current, ...change, revision: current.revision + 1 });
    // A stored token an older version let through reads as none; a change that does not set the
    // token (a trust, a language) keeps it stored, so the options page can still show it to fix.
    const kept = 'accessToken' in change ? undefined : unusableStoredToken(raw);
    await settingsItem.setValue(kept === undefined ? next : { ...next, accessToken: kept });
    return next;
  });
}

/** `cb` gets the new settings and those they replaced (the defaults when there were none). */
export function watchSettings(cb: (s: Settings, previous: Settings) => void): () => void {
  return settingsItem.watch((raw, old) => cb(parseSettings(raw), parseSettings(old)));
}
