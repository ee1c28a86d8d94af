import type { Handlers } from '../../utils/messaging';
import { loadSettings, saveSettings } from '../../utils/store/settings';

export const trustAccount: Handlers['trustAccount'] = async ({ platform, key, alias, displayName }) => {
  const settings = await loadSettings();
  const same = (t: { platform: string; key: string }) => t.platform === platform && t.key === key;
  if (settings.trusted.some(same)) return { trusted: settings.trusted.length };
  const entry = {
    platform,
    key,
    ...(alias ? { alias } : {}),
    displayName: displayName.slice(0, 200),
    addedAt: new Date().toISOString(),
  };
  // Added to the list as it stands when saved: two tabs' trusts at once both stay.
  const saved = await saveSettings((now) => ({ trusted: now.trusted.some(same) ? now.trusted : [...now.trusted, entry] }));
  return { trusted: saved.trusted.length };
};

export const untrustAccount: Handlers['untrustAccount'] = async ({ platform, key }) => {
  // Also a trust stored under the other key it goes by (aliasKeyOf): the Undo sends this one.
  const kept = (t: { platform: string; key: string; alias?: string }) =>
    t.platform !== platform || (t.key !== key && t.alias !== key);
  const settings = await loadSettings();
  if (settings.trusted.every(kept)) return { trusted: settings.trusted.length };
  const saved = await saveSettings((now) => ({ trusted: now.trusted.filter(kept) }));
  return { trusted: saved.trusted.length };
};
