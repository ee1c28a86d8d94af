import { browser } from 'wxt/browser';
import { unusableStoredToken } from '../schemas/settings';
import { settingsItem } from '../store/settings';
import { endpointOriginPatterns } from './state';

/** The browser's side of SyncDeps, as the MV3 background gives it (startSync; tests swap them). */
export async function hasEndpointPermission(endpointUrl: string): Promise<boolean> {
  for (const origin of endpointOriginPatterns(endpointUrl)) {
    try {
      if (await browser.permissions.contains({ origins: [origin] })) return true;
    } catch {
      // Firefox rejects a pattern with a port; the next pattern has none.
    }
  }
  return false;
}

export function manifestVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

/** navigator.onLine, read afresh at every call (Chromium's worker updates it, only fires no event). */
export function navigatorOnline(): boolean | undefined {
  const online = globalThis.navigator?.onLine;
  return typeof online === 'boolean' ? online : undefined;
}

/**
 * The settings read a token no request can carry as none (parseSettings); only the stored value
 * tells that one is there, and wrong (an older version let it in).
 */
export async function storedTokenUnusable(): Promise<boolean> {
  return unusableStoredToken(await settingsItem.getValue()) !== undefined;
}
