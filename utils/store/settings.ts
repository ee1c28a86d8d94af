import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, Settings } from '../schemas/settings';

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

/** Applies a change and saves it, bumping the revision that caches key on; an invalid change throws and saves nothing. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = Settings.parse({ ...current, ...change, revision: current.revision + 1 });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((raw) => cb(parseSettings(raw)));
}
